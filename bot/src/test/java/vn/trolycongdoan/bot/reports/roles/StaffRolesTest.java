package vn.trolycongdoan.bot.reports.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;

/** Admins from the settings and granted roles, on a real SQLite file built by the migrations. */
class StaffRolesTest {

  private static final UnitTree UNITS =
      UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv");
  private static final Instant NOW = Instant.parse("2024-08-15T03:00:00Z");
  private static final ChatUser HOA = new ChatUser(Channel.TELEGRAM, "9001", "9001", "Chị Hoa");
  private static final ChatUser MINH = new ChatUser(Channel.TELEGRAM, "502", "502", "Anh Minh");

  @TempDir Path folder;

  private Database database;
  private SqliteStaffRoleStore store;
  private StaffRoles roles;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("roles.db"));
    store = new SqliteStaffRoleStore(database);
    roles = new StaffRoles(List.of(9001L), database, UNITS);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void an_admin_listed_in_the_settings_sees_the_whole_tree_only_on_telegram() {
    StaffMember admin = roles.of(HOA).orElseThrow();

    assertThat(admin).isEqualTo(new StaffMember("Chị Hoa", StaffRole.ADMIN, null));
    assertThat(roles.top(admin)).contains(UNITS.root());
    assertThat(roles.mayCorrect(HOA, "PTO-01")).isTrue();
    assertThat(roles.of(new ChatUser(Channel.WEB, "9001", "9001", ""))).isEmpty();
    assertThat(roles.of(MINH)).isEmpty();
  }

  @Test
  void a_granted_role_scopes_a_staff_member_to_a_subtree() {
    store.grant(new StaffGrant(Channel.TELEGRAM, "502", "TDG", "9001", NOW));

    StaffMember staff = roles.of(MINH).orElseThrow();

    assertThat(staff).isEqualTo(new StaffMember("Anh Minh", StaffRole.STAFF, "TDG"));
    assertThat(roles.top(staff)).map(unit -> unit.code()).contains("TDG");
    assertThat(roles.mayCorrect(MINH, "TDG")).isTrue();
    assertThat(roles.mayCorrect(MINH, "tdg-01")).isTrue();
    assertThat(roles.mayCorrect(MINH, "PTO-01")).isFalse();
    assertThat(roles.mayCorrect(MINH, "LDLD")).isFalse();
    assertThat(roles.mayCorrect(MINH, "XYZ")).isFalse();
    assertThat(roles.mayCorrect(MINH, null)).isFalse();
  }

  @Test
  void granting_again_replaces_the_role_and_revoking_takes_it_back_once() {
    assertThat(store.grant(new StaffGrant(Channel.TELEGRAM, "502", "TDG", "9001", NOW))).isEmpty();
    assertThat(store.grant(new StaffGrant(Channel.TELEGRAM, "502", "PTO", "9001", NOW)))
        .contains("TDG");
    store.grant(new StaffGrant(Channel.TELEGRAM, "503", "LDLD", "9001", NOW));

    assertThat(store.all())
        .extracting(StaffGrant::userId, StaffGrant::unitCode, StaffGrant::grantedAt)
        .containsExactly(tuple("503", "LDLD", NOW), tuple("502", "PTO", NOW));
    assertThat(store.revoke(Channel.TELEGRAM, "502")).contains("PTO");
    assertThat(store.revoke(Channel.TELEGRAM, "502")).isEmpty();
    assertThat(store.unitOf(Channel.TELEGRAM, "502")).isEmpty();
    assertThat(store.unitOf(Channel.TELEGRAM, "503")).contains("LDLD");
  }

  @Test
  void a_role_whose_unit_left_the_unit_file_sees_nothing() {
    store.grant(new StaffGrant(Channel.TELEGRAM, "502", "GONE", "9001", NOW));

    assertThat(roles.of(MINH)).map(StaffMember::unitCode).contains("GONE");
    assertThat(roles.top(roles.of(MINH).orElseThrow())).isEmpty();
    assertThat(roles.mayCorrect(MINH, "TDG-01")).isFalse();
  }
}
