package vn.trolycongdoan.bot.reports.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException.Reason;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.SecretTokens;

/** Tokens in a real SQLite file, over the bundled unit tree. */
class StaffAccessTest {

  private static final UnitTree UNITS =
      UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv");

  @TempDir Path folder;

  private Database database;
  private SqliteStaffTokens tokens;
  private StaffAccess access;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("test.db"));
    tokens = new SqliteStaffTokens(database);
    access = new StaffAccess(tokens, UNITS);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void a_token_is_stored_only_as_its_hash_and_names_its_holder() {
    StaffMember minh = new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC");

    String token = tokens.create(minh, Instant.parse("2024-07-01T00:00:00Z"));

    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(access.authenticate("Bearer " + token)).isEqualTo(minh);
    assertThat(access.authenticate("bearer  " + token + " ")).isEqualTo(minh);
    String stored =
        database
            .jdbc()
            .first("SELECT token_hash FROM staff_tokens", row -> row.getString(1))
            .orElseThrow();
    assertThat(stored).isEqualTo(SecretTokens.hash(token)).doesNotContain(token);
  }

  @Test
  void a_missing_malformed_or_unknown_token_is_not_authenticated() {
    String token = tokens.create(new StaffMember("Quản trị", StaffRole.ADMIN, null), Instant.now());

    for (String header :
        new String[] {
          null, "", "Bearer ", "Basic " + token, "Bearer x", "Bearer " + other(token)
        }) {
      assertThatThrownBy(() -> access.authenticate(header))
          .isInstanceOfSatisfying(
              StaffRequestException.class,
              e -> assertThat(e.reason()).as(header).isEqualTo(Reason.NOT_AUTHENTICATED));
    }
  }

  @Test
  void a_staff_member_asks_for_their_subtree_and_by_default_their_unit() {
    StaffMember minh = new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC");

    assertThat(access.query(minh, "2024-H1", null))
        .isEqualTo(new StaffQuery(Period.parse("2024-H1"), UNITS.byCode("TPLC").orElseThrow()));
    assertThat(access.query(minh, "2024-06", "tplc-02").unit().code()).isEqualTo("TPLC-02");
    assertRefused(() -> access.query(minh, "2024", "TDG-01"), Reason.OUTSIDE_SUBTREE);
    assertRefused(() -> access.query(minh, "2024", "LDLD"), Reason.OUTSIDE_SUBTREE);
  }

  @Test
  void a_staff_member_whose_unit_left_the_unit_file_sees_nothing() {
    StaffMember gone = new StaffMember("Chị Hà", StaffRole.STAFF, "DAXOA");

    assertRefused(() -> access.query(gone, "2024", null), Reason.OUTSIDE_SUBTREE);
    assertRefused(() -> access.query(gone, "2024", "LDLD"), Reason.OUTSIDE_SUBTREE);
  }

  @Test
  void an_admin_sees_the_whole_tree() {
    StaffMember admin = new StaffMember("Quản trị", StaffRole.ADMIN, null);

    assertThat(access.query(admin, "2024", null).unit()).isEqualTo(UNITS.root());
    assertThat(access.query(admin, "2024-Q2", "TDG-01").unit().code()).isEqualTo("TDG-01");
  }

  @Test
  void a_missing_or_bad_period_and_an_unknown_unit_are_bad_requests() {
    StaffMember admin = new StaffMember("Quản trị", StaffRole.ADMIN, null);

    for (String period : new String[] {null, " ", "2024-H3", "2024-13", "H1/2024", "24"}) {
      assertRefused(() -> access.query(admin, period, null), Reason.BAD_REQUEST);
    }
    assertRefused(() -> access.query(admin, "2024", "KHONGCO"), Reason.BAD_REQUEST);
  }

  private static String other(String token) {
    return (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
  }

  private static void assertRefused(Runnable query, Reason reason) {
    assertThatThrownBy(query::run)
        .isInstanceOfSatisfying(
            StaffRequestException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
