package vn.trolycongdoan.bot.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * Locks logins out after repeated failures, in {@code staff_login_failures} (migration V14): {@link
 * Limit#failures} failed logins within {@link Limit#window} lock for {@link Limit#lock} after the
 * last of them. Counted per login typed (known or not, so the lock says nothing of which logins
 * exist) and per client address (against one address trying many logins). Attempts while locked are
 * not checked, so not counted. A good login clears its login's failures. Thread-safe.
 */
public final class LoginThrottle {

  /** How many failures within a window lock for how long. */
  public record Limit(int failures, Duration window, Duration lock) {}

  /** Five failures of one login within 15 minutes lock it for 15 minutes. */
  public static final Limit PER_LOGIN =
      new Limit(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

  /** Twenty failures from one address within 15 minutes lock it for 15 minutes. */
  public static final Limit PER_ADDRESS =
      new Limit(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

  private static final Duration KEPT = Duration.ofDays(1);

  private final Jdbc jdbc;
  private final Limit perLogin;
  private final Limit perAddress;

  public LoginThrottle(Database database) {
    this(database, PER_LOGIN, PER_ADDRESS);
  }

  public LoginThrottle(Database database, Limit perLogin, Limit perAddress) {
    this.jdbc = database.jdbc();
    this.perLogin = perLogin;
    this.perAddress = perAddress;
  }

  /** Until when {@code login} or {@code address} is locked at {@code now}; empty if neither is. */
  public Optional<Instant> lockedUntil(String login, String address, Instant now) {
    Optional<Instant> byLogin = until("login", login, perLogin, now);
    Optional<Instant> byAddress = until("address", address, perAddress, now);
    if (byLogin.isPresent() && byAddress.isPresent()) {
      return Optional.of(byLogin.get().isAfter(byAddress.get()) ? byLogin.get() : byAddress.get());
    }
    return byLogin.or(() -> byAddress);
  }

  /** Records a failed login, dropping failures older than a day. */
  public void failed(String login, String address, Instant now) {
    jdbc.update("DELETE FROM staff_login_failures WHERE failed_at < ?", now.minus(KEPT));
    jdbc.update(
        "INSERT INTO staff_login_failures (login, address, failed_at) VALUES (?, ?, ?)",
        login,
        address,
        now);
  }

  /** Forgets the failures of {@code login} after it logged in. */
  public void succeeded(String login) {
    jdbc.update("DELETE FROM staff_login_failures WHERE login = ?", login);
  }

  private Optional<Instant> until(String column, String value, Limit limit, Instant now) {
    List<Instant> recent =
        jdbc.list(
            "SELECT failed_at FROM staff_login_failures WHERE "
                + column
                + " = ? AND failed_at > ? ORDER BY failed_at DESC LIMIT ?",
            row -> Jdbc.instant(row, "failed_at"),
            value,
            now.minus(limit.window()).minus(limit.lock()),
            limit.failures());
    if (recent.size() < limit.failures()) {
      return Optional.empty();
    }
    Instant newest = recent.get(0);
    Instant oldest = recent.get(recent.size() - 1);
    Instant until = newest.plus(limit.lock());
    boolean burst = !oldest.isBefore(newest.minus(limit.window()));
    return burst && now.isBefore(until) ? Optional.of(until) : Optional.empty();
  }
}
