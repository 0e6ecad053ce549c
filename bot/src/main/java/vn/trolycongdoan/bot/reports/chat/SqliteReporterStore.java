package vn.trolycongdoan.bot.reports.chat;

import java.time.Instant;
import java.util.List;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/** {@link ReporterStore} in the {@code reporters} table (V6__reporters.sql). */
final class SqliteReporterStore implements ReporterStore {

  private final Jdbc jdbc;

  SqliteReporterStore(Database database) {
    this.jdbc = database.jdbc();
  }

  @Override
  public boolean bind(ChatUser user, String unitCode, Instant at) {
    return jdbc.update(
            """
            INSERT INTO reporters (channel, user_id, unit_code, registered_at)
            SELECT ?, ?, ?, ? WHERE NOT EXISTS (
              SELECT 1 FROM reporters WHERE channel = ? AND user_id = ? AND unit_code = ?)""",
            user.channel(),
            user.userId(),
            unitCode,
            at,
            user.channel(),
            user.userId(),
            unitCode)
        == 1;
  }

  @Override
  public List<String> unitsOf(ChatUser user) {
    return jdbc.list(
        """
        SELECT unit_code FROM reporters WHERE channel = ? AND user_id = ?
        ORDER BY registered_at, unit_code""",
        row -> row.getString(1),
        user.channel(),
        user.userId());
  }
}
