package vn.trolycongdoan.bot.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.store.Database;

/** Logging in against real SQLite, on a clock the test moves. */
class StaffLoginTest {

  private static final String PASSWORD = "mật khẩu của Minh";
  private static final String HOME = "10.0.0.1";

  @TempDir Path folder;

  private final FakeClock clock = FakeClock.atVietnamTime("2026-12-01T09:00");
  private Database database;
  private SqliteStaffAccounts accounts;
  private StaffLogin login;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("test.db"));
    accounts = new SqliteStaffAccounts(database);
    accounts.create(
        new AccountRules(AccountsFixture.UNITS).draft("minh", "Anh Minh", "staff", "TPLC"),
        AccountsFixture.CHEAP.hash(PASSWORD),
        clock.instant());
    login =
        new StaffLogin(
            accounts,
            new SqliteStaffSessions(database, SessionPolicy.DEFAULT),
            new LoginThrottle(database),
            AccountsFixture.CHEAP,
            clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void the_right_password_opens_a_session_whatever_the_logins_case() {
    StaffLogin.Outcome outcome = login.attempt(" MINH ", PASSWORD, HOME);

    assertThat(outcome).isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
    assertThat(((StaffLogin.Outcome.LoggedIn) outcome).issued().session().account().login())
        .isEqualTo("minh");
  }

  @Test
  void a_wrong_password_an_unknown_login_and_a_disabled_account_are_refused_alike() {
    assertThat(login.attempt("minh", "sai mật khẩu", HOME))
        .isInstanceOf(StaffLogin.Outcome.Refused.class);
    assertThat(login.attempt("khongco", PASSWORD, HOME))
        .isInstanceOf(StaffLogin.Outcome.Refused.class);
    accounts.setDisabled(accounts.credentials("minh").orElseThrow().account().id(), true);
    assertThat(login.attempt("minh", PASSWORD, HOME))
        .isInstanceOf(StaffLogin.Outcome.Refused.class);
  }

  @Test
  void five_failures_in_fifteen_minutes_lock_the_login_for_fifteen_minutes_after_the_last() {
    for (int i = 0; i < 4; i++) {
      assertThat(login.attempt("minh", "sai " + i, HOME))
          .isInstanceOf(StaffLogin.Outcome.Refused.class);
      clock.advance(Duration.ofMinutes(3));
    }
    StaffLogin.Outcome fifth = login.attempt("minh", "sai 5", HOME);

    assertThat(fifth)
        .isEqualTo(new StaffLogin.Outcome.Locked(clock.instant().plus(Duration.ofMinutes(15))));
    clock.advance(Duration.ofMinutes(14));
    assertThat(login.attempt("minh", PASSWORD, "10.0.0.2"))
        .as("the right password while locked, from elsewhere")
        .isInstanceOf(StaffLogin.Outcome.Locked.class);
    clock.advance(Duration.ofMinutes(1));
    assertThat(login.attempt("minh", PASSWORD, HOME))
        .isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
  }

  @Test
  void failures_spread_over_more_than_fifteen_minutes_do_not_lock() {
    for (int i = 0; i < 8; i++) {
      assertThat(login.attempt("minh", "sai " + i, HOME))
          .isInstanceOf(StaffLogin.Outcome.Refused.class);
      clock.advance(Duration.ofMinutes(4));
    }
    assertThat(login.attempt("minh", PASSWORD, HOME))
        .isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
  }

  @Test
  void a_good_login_clears_the_failures_before_it() {
    for (int i = 0; i < 4; i++) {
      login.attempt("minh", "sai " + i, HOME);
    }
    login.attempt("minh", PASSWORD, HOME);

    assertThat(login.attempt("minh", "sai lần nữa", HOME))
        .isInstanceOf(StaffLogin.Outcome.Refused.class);
  }

  @Test
  void an_unknown_login_locks_the_same_way_so_the_lock_tells_nothing() {
    for (int i = 0; i < 4; i++) {
      login.attempt("khongco", "sai " + i, HOME);
    }
    assertThat(login.attempt("khongco", "sai", HOME)).isInstanceOf(StaffLogin.Outcome.Locked.class);
  }

  @Test
  void twenty_failures_from_one_address_lock_the_address_for_every_login() {
    for (int i = 0; i < 19; i++) {
      assertThat(login.attempt("thu" + i, "sai", HOME))
          .isInstanceOf(StaffLogin.Outcome.Refused.class);
    }
    assertThat(login.attempt("thu19", "sai", HOME)).isInstanceOf(StaffLogin.Outcome.Locked.class);
    assertThat(login.attempt("minh", PASSWORD, HOME)).isInstanceOf(StaffLogin.Outcome.Locked.class);
    assertThat(login.attempt("minh", PASSWORD, "10.0.0.9"))
        .isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
  }

  @Test
  void a_hash_with_older_parameters_is_replaced_after_a_good_login() {
    PasswordHasher stronger = new PasswordHasher(new PasswordHasher.Cost(16, 1, 1));
    StaffLogin upgrading =
        new StaffLogin(
            accounts,
            new SqliteStaffSessions(database, SessionPolicy.DEFAULT),
            new LoginThrottle(database),
            stronger,
            clock);

    assertThat(upgrading.attempt("minh", PASSWORD, HOME))
        .isInstanceOf(StaffLogin.Outcome.LoggedIn.class);

    String hash = accounts.credentials("minh").orElseThrow().passwordHash();
    assertThat(hash).contains("m=16,t=1,p=1");
    assertThat(stronger.matches(PASSWORD, hash)).isTrue();
  }
}
