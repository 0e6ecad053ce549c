package vn.trolycongdoan.bot.reports.chat;

import java.util.Optional;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/** {@link DialogueStore} in the {@code report_dialogues} table (V6__reporters.sql). */
final class SqliteDialogueStore implements DialogueStore {

  private final Jdbc jdbc;

  SqliteDialogueStore(Database database) {
    this.jdbc = database.jdbc();
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
                (channel, user_id, chat_id, display_name, unit_code, period, step, answers)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
              from.channel(),
              from.userId(),
              from.chatId(),
              from.displayName(),
              dialogue.unitCode(),
              dialogue.period(),
              dialogue.step(),
              dialogue.answers());
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
