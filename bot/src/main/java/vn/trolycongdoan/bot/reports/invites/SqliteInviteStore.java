package vn.trolycongdoan.bot.reports.invites;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
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
  public List<InviteStatus> ofUnits(Collection<String> unitCodes, int limit) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", Collections.nCopies(unitCodes.size(), "?"));
    List<Object> params = new ArrayList<>(unitCodes);
    params.add(limit);
    return jdbc.list(
        """
        SELECT i.code, i.unit_code, i.created_at, i.expires_at, i.created_by, i.used_at,
          (SELECT s.display_name FROM subscribers s
            WHERE s.channel = i.used_channel AND s.user_id = i.used_user_id
            ORDER BY s.last_seen DESC LIMIT 1) AS used_by
        FROM report_invites i WHERE i.unit_code IN (%s)
        ORDER BY i.created_at DESC, i.code LIMIT ?"""
            .formatted(marks),
        row ->
            new InviteStatus(
                new Invite(
                    new InviteCode(row.getString("code")),
                    row.getString("unit_code"),
                    Jdbc.instant(row, "created_at"),
                    Jdbc.instant(row, "expires_at"),
                    row.getString("created_by")),
                row.getObject("used_at") == null ? null : Jdbc.instant(row, "used_at"),
                row.getString("used_by")),
        params.toArray());
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
