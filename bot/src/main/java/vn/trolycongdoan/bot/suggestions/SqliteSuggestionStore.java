package vn.trolycongdoan.bot.suggestions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * {@link SuggestionStore} in the {@code suggestions} table. The reference derives from the
 * generated id, so {@link #add} inserts the row and sets its reference in one transaction.
 * Thread-safe.
 */
public final class SqliteSuggestionStore implements SuggestionStore {

  private final Jdbc jdbc;

  public SqliteSuggestionStore(Database database) {
    this.jdbc = database.jdbc();
  }

  @Override
  public Suggestion add(ChatUser from, String unitCode, String text, Instant at) {
    long id =
        jdbc.inTransaction(
            tx -> {
              long inserted =
                  tx.insertReturningId(
                      """
          INSERT INTO suggestions (received_at, channel, chat_id, user_id, display_name, text,
            unit_code) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                      at,
                      from.channel(),
                      from.chatId(),
                      from.userId(),
                      from.displayName(),
                      text,
                      unitCode);
              tx.update(
                  "UPDATE suggestions SET reference = ? WHERE id = ?",
                  Suggestion.reference(inserted),
                  inserted);
              return inserted;
            });
    return new Suggestion(
        id, Suggestion.reference(id), from, text, Instant.ofEpochMilli(at.toEpochMilli()));
  }

  /**
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  @Override
  public List<Suggestion> latest(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("negative limit: " + limit);
    }
    return jdbc.list(
        """
        SELECT id, reference, received_at, channel, chat_id, user_id, display_name, text
        FROM suggestions ORDER BY id DESC LIMIT ?""",
        SqliteSuggestionStore::suggestion,
        limit);
  }

  /** The kiến nghị of a row holding the table's first columns (id … received_at). */
  static Suggestion suggestion(ResultSet row) throws SQLException {
    ChatUser from =
        new ChatUser(
            Channel.valueOf(row.getString("channel")),
            row.getString("chat_id"),
            row.getString("user_id"),
            row.getString("display_name"));
    return new Suggestion(
        row.getLong("id"),
        row.getString("reference"),
        from,
        row.getString("text"),
        Jdbc.instant(row, "received_at"));
  }
}
