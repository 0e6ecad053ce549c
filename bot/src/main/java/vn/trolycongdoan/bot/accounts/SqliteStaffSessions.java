package vn.trolycongdoan.bot.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;
import vn.trolycongdoan.bot.store.SecretTokens;

/**
 * The dashboard's sessions in {@code staff_sessions} (migration V14): a random cookie token of
 * which only the hash is kept, and a CSRF token of its own. A session is found only while its
 * account is enabled, within {@link SessionPolicy#absolute} of the login and {@link
 * SessionPolicy#idle} of its last use; its last use is written at most once a minute. Thread-safe.
 */
public final class SqliteStaffSessions {

  /** A new session: the cookie's token, shown once, and its CSRF token. */
  public record Issued(String token, StaffSession session) {}

  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final Jdbc jdbc;
  private final SessionPolicy policy;

  public SqliteStaffSessions(Database database, SessionPolicy policy) {
    this.jdbc = database.jdbc();
    this.policy = policy;
  }

  /** Opens a session for {@code account}, dropping every session that has expired. */
  public Issued open(StaffAccount account, Instant now) {
    String token = SecretTokens.newToken();
    String csrf = SecretTokens.newToken();
    Instant expires = now.plus(policy.absolute());
    jdbc.update(
        "DELETE FROM staff_sessions WHERE expires_at <= ? OR last_used_at <= ?",
        now,
        now.minus(policy.idle()));
    jdbc.update(
        "INSERT INTO staff_sessions"
            + " (token_hash, account_id, csrf_token, created_at, last_used_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        SecretTokens.hash(token),
        account.id(),
        csrf,
        now,
        now,
        expires);
    return new Issued(token, new StaffSession(account, csrf, expires));
  }

  /** The live session of cookie {@code token}, noting its use; empty if there is none. */
  public Optional<StaffSession> find(String token, Instant now) {
    if (!SecretTokens.wellFormed(token)) {
      return Optional.empty();
    }
    String hash = SecretTokens.hash(token);
    Optional<Row> found =
        jdbc.first(
            "SELECT a.id, a.login, a.name, a.role, a.unit_code, a.created_at, a.disabled,"
                + " s.csrf_token, s.last_used_at, s.expires_at"
                + " FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id"
                + " WHERE s.token_hash = ?",
            row ->
                new Row(
                    new StaffSession(
                        new StaffAccount(
                            row.getLong("id"),
                            row.getString("login"),
                            row.getString("name"),
                            StaffRole.ofKey(row.getString("role")).orElseThrow(),
                            row.getString("unit_code"),
                            Jdbc.instant(row, "created_at"),
                            row.getBoolean("disabled")),
                        row.getString("csrf_token"),
                        Jdbc.instant(row, "expires_at")),
                    Jdbc.instant(row, "last_used_at")),
            hash);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Row row = found.get();
    if (row.session().account().disabled()
        || !now.isBefore(row.session().expiresAt())
        || !now.isBefore(row.lastUsed().plus(policy.idle()))) {
      jdbc.update("DELETE FROM staff_sessions WHERE token_hash = ?", hash);
      return Optional.empty();
    }
    if (!now.isBefore(row.lastUsed().plus(TOUCH_EVERY))) {
      jdbc.update("UPDATE staff_sessions SET last_used_at = ? WHERE token_hash = ?", now, hash);
    }
    return Optional.of(row.session());
  }

  /** Ends the session of cookie {@code token}, if there is one. */
  public void end(String token) {
    if (SecretTokens.wellFormed(token)) {
      jdbc.update("DELETE FROM staff_sessions WHERE token_hash = ?", SecretTokens.hash(token));
    }
  }

  private record Row(StaffSession session, Instant lastUsed) {}
}
