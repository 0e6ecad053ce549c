package vn.trolycongdoan.bot.reports.chat;

import java.time.Clock;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * {@link DialogueStore} in the {@code report_dialogues} table (V6__reporters.sql), each entry with
 * the time of its last step ({@code saved_at}, V9__reminders.sql) so that {@link ExpiredEntries}
 * can drop abandoned ones.
 */
final class SqliteDialogueStore implements DialogueStore {

  private final Jdbc jdbc;
  private final Clock clock;

  SqliteDialogueStore(Database database, Clock clock) {
    this.jdbc = database.jdbc();
    this.clock = clock;
  }

  @Override
  public void save(EntryDialogue dialogue) {
    ChatUser from = dialogue.from();
    jdbc.inTransaction(
        tx -> {
          delete(tx, from);
          return tx.update(
              """
              INSERT INTO report_dialogues
                (channel, user_id, chat_id, display_name, unit_code, period, step, answers,
                 saved_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
              from.channel(),
              from.userId(),
              from.chatId(),
              from.displayName(),
              dialogue.unitCode(),
              dialogue.period(),
              dialogue.step(),
              dialogue.answers(),
              clock.instant());
        });
  }

  @Override
  public Optional<EntryDialogue> find(ChatUser user) {
    return jdbc.first(
        """
        SELECT unit_code, period, step, answers FROM report_dialogues
        WHERE channel = ? AND user_id = ?""",
        row ->
            new EntryDialogue(
                user,
                row.getString("unit_code"),
                row.getString("period"),
                row.getInt("step"),
                row.getString("answers")),
        user.channel(),
        user.userId());
  }

  @Override
  public boolean delete(ChatUser user) {
    return delete(jdbc, user) > 0;
  }

  private static int delete(Jdbc jdbc, ChatUser user) {
    return jdbc.update(
        "DELETE FROM report_dialogues WHERE channel = ? AND user_id = ?",
        user.channel(),
        user.userId());
  }
}
