package vn.trolycongdoan.bot.tags;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The {@code member_tags} table: which tags each chat chose. Thread-safe; every method throws
 * {@link vn.trolycongdoan.bot.store.StoreException} when the database fails.
 */
final class SqliteMemberTags {

  private final Jdbc jdbc;

  SqliteMemberTags(Database database) {
    this.jdbc = database.jdbc();
  }

  /** The keys the chat chose, in the order chosen. */
  Set<String> chosen(Channel channel, String chatId) {
    return new LinkedHashSet<>(
        jdbc.list(
            "SELECT tag FROM member_tags WHERE channel = ? AND chat_id = ? ORDER BY chosen_at, tag",
            row -> row.getString(1),
            channel,
            chatId));
  }

  /**
   * Chooses the tag for the chat if it had not, else unchooses it, in one transaction.
   *
   * @return whether the chat has the tag now
   */
  boolean toggle(Channel channel, String chatId, String tag, Instant at) {
    return jdbc.inTransaction(
        tx -> {
          int removed =
              tx.update(
                  "DELETE FROM member_tags WHERE channel = ? AND chat_id = ? AND tag = ?",
                  channel,
                  chatId,
                  tag);
          if (removed > 0) {
            return false;
          }
          tx.update(
              "INSERT INTO member_tags (channel, chat_id, tag, chosen_at) VALUES (?, ?, ?, ?)",
              channel,
              chatId,
              tag,
              at);
          return true;
        });
  }
}
