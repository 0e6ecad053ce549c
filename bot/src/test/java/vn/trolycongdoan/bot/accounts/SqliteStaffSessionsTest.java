package vn.trolycongdoan.bot.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.SecretTokens;

/** Sessions on a real SQLite file, their time given by each call. */
class SqliteStaffSessionsTest {

  private static final Instant LOGIN = Instant.parse("2026-12-01T01:00:00Z");

  @TempDir Path folder;

  private Database database;
  private SqliteStaffSessions sessions;
  private StaffAccount minh;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("test.db"));
    sessions = new SqliteStaffSessions(database, SessionPolicy.DEFAULT);
    minh =
        new SqliteStaffAccounts(database)
            .create(
                new AccountRules(AccountsFixture.UNITS).draft("minh", "Anh Minh", "staff", "TPLC"),
                "$a",
                LOGIN);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void a_session_is_found_by_its_token_only_and_keeps_only_its_hash() {
    SqliteStaffSessions.Issued issued = sessions.open(minh, LOGIN);

    assertThat(sessions.find(issued.token(), LOGIN.plusSeconds(5)))
        .hasValueSatisfying(
            session -> {
              assertThat(session.account()).isEqualTo(minh);
              assertThat(session.csrf()).isEqualTo(issued.session().csrf());
              assertThat(session.expiresAt()).isEqualTo(LOGIN.plus(Duration.ofHours(12)));
            });
    assertThat(issued.session().csrf()).isNotEqualTo(issued.token());
    assertThat(sessions.find(SecretTokens.newToken(), LOGIN)).isEmpty();
    assertThat(sessions.find("not a token", LOGIN)).isEmpty();
    assertThat(
            database.jdbc().list("SELECT token_hash FROM staff_sessions", row -> row.getString(1)))
        .containsExactly(SecretTokens.hash(issued.token()));
  }

  @Test
  void a_session_ends_two_hours_after_its_last_use() {
    String token = sessions.open(minh, LOGIN).token();

    assertThat(sessions.find(token, LOGIN.plus(Duration.ofMinutes(119)))).isPresent();
    assertThat(sessions.find(token, LOGIN.plus(Duration.ofMinutes(238)))).isPresent();
    assertThat(sessions.find(token, LOGIN.plus(Duration.ofMinutes(358)))).isEmpty();
    assertThat(sessions.find(token, LOGIN.plus(Duration.ofMinutes(359)))).isEmpty();
  }

  @Test
  void a_busy_session_still_ends_twelve_hours_after_the_login() {
    String token = sessions.open(minh, LOGIN).token();

    for (int hour = 1; hour < 12; hour++) {
      assertThat(sessions.find(token, LOGIN.plus(Duration.ofHours(hour))))
          .as("hour " + hour)
          .isPresent();
    }
    assertThat(sessions.find(token, LOGIN.plus(Duration.ofHours(12)))).isEmpty();
  }

  @Test
  void an_ended_session_is_not_found_and_others_stay() {
    String ended = sessions.open(minh, LOGIN).token();
    String kept = sessions.open(minh, LOGIN).token();

    sessions.end(ended);

    assertThat(sessions.find(ended, LOGIN)).isEmpty();
    assertThat(sessions.find(kept, LOGIN)).isPresent();
  }
}
