package vn.trolycongdoan.bot.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a login and password and opens a session: a wrong password, an unknown login and a
 * disabled account all answer {@link Outcome.Refused} alike (an unknown login still costs one hash,
 * so timing does not tell either), and a login or address locked by {@link LoginThrottle} is
 * answered {@link Outcome.Locked} without checking the password. A hash made with older parameters
 * is replaced after a good login. Thread-safe.
 */
public final class StaffLogin {

  /** What a login attempt came to. */
  public sealed interface Outcome {
    /** Logged in: the new session. */
    record LoggedIn(SqliteStaffSessions.Issued issued) implements Outcome {}

    /** Wrong login or password (or a disabled account). */
    record Refused() implements Outcome {}

    /** Too many failures: try again after {@code until}. */
    record Locked(Instant until) implements Outcome {}
  }

  private final SqliteStaffAccounts accounts;
  private final SqliteStaffSessions sessions;
  private final LoginThrottle throttle;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final String decoy;

  public StaffLogin(
      SqliteStaffAccounts accounts,
      SqliteStaffSessions sessions,
      LoginThrottle throttle,
      PasswordHasher hasher,
      Clock clock) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.throttle = throttle;
    this.hasher = hasher;
    this.clock = clock;
    this.decoy = hasher.hash("decoy password for unknown logins");
  }

  /** Tries {@code login} (as typed) with {@code password}, from client {@code address}. */
  public Outcome attempt(String login, String password, String address) {
    Instant now = clock.instant();
    String normal = AccountRules.normalLogin(login == null ? "" : login);
    Optional<Instant> locked = throttle.lockedUntil(normal, address, now);
    if (locked.isPresent()) {
      return new Outcome.Locked(locked.get());
    }
    Optional<SqliteStaffAccounts.Credentials> known = accounts.credentials(normal);
    String hash = known.map(SqliteStaffAccounts.Credentials::passwordHash).orElse(decoy);
    boolean matches = hasher.matches(password == null ? "" : password, hash);
    if (!matches || known.isEmpty() || known.get().account().disabled()) {
      throttle.failed(normal, address, now);
      return throttle
          .lockedUntil(normal, address, now)
          .<Outcome>map(Outcome.Locked::new)
          .orElseGet(Outcome.Refused::new);
    }
    StaffAccount account = known.get().account();
    throttle.succeeded(normal);
    if (hasher.outdated(hash)) {
      accounts.rehash(account.id(), hasher.hash(password));
    }
    return new Outcome.LoggedIn(sessions.open(account, now));
  }
}
