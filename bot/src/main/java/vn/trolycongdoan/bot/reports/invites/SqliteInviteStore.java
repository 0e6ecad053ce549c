package vn.trolycongdoan.bot.reports.invites;

import java.time.Instant;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/** {@link InviteStore} in the {@code report_invites} table. */
public final class SqliteInviteStore implements InviteStore {

  /** A clash of two random codes is a one in 10^14 event; a few tries make it impossible. */
  private static final int TRIES = 5;

  private final Jdbc jdbc;

  public SqliteInviteStore(Database database) {
    this.jdbc = database.jdbc();
  }

  @Override
  public Invite create(String unitCode, Instant createdAt, Instant expiresAt, String createdBy) {
    for (int i = 0; i < TRIES; i++) {
      InviteCode code = InviteCode.random();
      int inserted =
          jdbc.update(
              """
              INSERT INTO report_invites (code, unit_code, created_at, expires_at, created_by)
              VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""",
              code.canonical(),
              unitCode,
              createdAt,
              expiresAt,
              createdBy);
      if (inserted == 1) {
        return new Invite(code, unitCode, createdAt, expiresAt, createdBy);
      }
    }
    throw new IllegalStateException("No free invite code after " + TRIES + " tries");
  }

  @Override
  public Redemption redeem(String typed, ChatUser user, Instant now) {
    Optional<InviteCode> code = InviteCode.typed(typed);
    if (code.isEmpty()) {
      return new Redemption.Unknown();
    }
    String canonical = code.get().canonical();
    return jdbc.inTransaction(
        tx -> {
          Optional<Row> row =
              tx.first(
                  "SELECT unit_code, expires_at, used_at FROM report_invites WHERE code = ?",
                  r ->
                      new Row(
                          r.getString("unit_code"),
                          Jdbc.instant(r, "expires_at"),
                          r.getObject("used_at") == null ? null : Jdbc.instant(r, "used_at")),
                  canonical);
          if (row.isEmpty()) {
            return new Redemption.Unknown();
          }
          if (row.get().usedAt() != null) {
            return new Redemption.AlreadyUsed(row.get().usedAt());
          }
          if (!now.isBefore(row.get().expiresAt())) {
            return new Redemption.Expired(row.get().expiresAt());
          }
          tx.update(
              """
              UPDATE report_invites SET used_at = ?, used_channel = ?, used_user_id = ?
              WHERE code = ? AND used_at IS NULL""",
              now,
              user.channel(),
              user.userId(),
              canonical);
          return new Redemption.Redeemed(row.get().unitCode());
        });
  }

  private record Row(String unitCode, Instant expiresAt, Instant usedAt) {}
}
