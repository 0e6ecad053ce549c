package vn.trolycongdoan.bot.reports.roles;

import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/** {@link StaffRoleStore} in the {@code staff_roles} table (V8__staff_roles.sql). */
final class SqliteStaffRoleStore implements StaffRoleStore {

  private final Jdbc jdbc;

  SqliteStaffRoleStore(Database database) {
    this.jdbc = database.jdbc();
  }

  @Override
  public Optional<String> grant(StaffGrant grant) {
    return jdbc.inTransaction(
        tx -> {
          Optional<String> previous = revoke(tx, grant.channel(), grant.userId());
          tx.update(
              """
              INSERT INTO staff_roles (channel, user_id, unit_code, granted_by, granted_at)
              VALUES (?, ?, ?, ?, ?)""",
              grant.channel(),
              grant.userId(),
              grant.unitCode(),
              grant.grantedBy(),
              grant.grantedAt());
          return previous;
        });
  }

  @Override
  public Optional<String> revoke(Channel channel, String userId) {
    return jdbc.inTransaction(tx -> revoke(tx, channel, userId));
  }

  private static Optional<String> revoke(Jdbc tx, Channel channel, String userId) {
    Optional<String> unit = unitOf(tx, channel, userId);
    tx.update("DELETE FROM staff_roles WHERE channel = ? AND user_id = ?", channel, userId);
    return unit;
  }

  @Override
  public Optional<String> unitOf(Channel channel, String userId) {
    return unitOf(jdbc, channel, userId);
  }

  private static Optional<String> unitOf(Jdbc jdbc, Channel channel, String userId) {
    return jdbc.first(
        "SELECT unit_code FROM staff_roles WHERE channel = ? AND user_id = ?",
        row -> row.getString(1),
        channel,
        userId);
  }

  @Override
  public List<StaffGrant> all() {
    return jdbc.list(
        """
        SELECT channel, user_id, unit_code, granted_by, granted_at FROM staff_roles
        ORDER BY unit_code, user_id""",
        row ->
            new StaffGrant(
                Channel.valueOf(row.getString("channel")),
                row.getString("user_id"),
                row.getString("unit_code"),
                row.getString("granted_by"),
                Jdbc.instant(row, "granted_at")));
  }
}
