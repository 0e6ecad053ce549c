package vn.trolycongdoan.bot.reports.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.reports.chat.SqliteRegisteredReporters;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException.Reason;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;

/** The Đơn vị page's data on real SQLite and the bundled unit tree, on a clock the test moves. */
class UnitDirectoryTest {

  private static final UnitTree UNITS =
      UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv");
  private static final StaffMember ADMIN = new StaffMember("Chị Lan", StaffRole.ADMIN, null);
  private static final StaffMember CITY = new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC");

  @TempDir Path folder;

  private final FakeClock clock = FakeClock.atVietnamTime("2026-12-01T09:00");
  private Database database;
  private SqliteInviteStore invites;
  private UnitDirectory directory;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("test.db"));
    invites = new SqliteInviteStore(database);
    directory = new UnitDirectory(UNITS, invites, new SqliteRegisteredReporters(database), clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void a_staff_member_sees_the_tree_of_their_unit_and_an_admin_the_whole_tree() {
    List<UnitDirectory.UnitEntry> city = directory.units(CITY);
    List<UnitDirectory.UnitEntry> all = directory.units(ADMIN);

    assertThat(city)
        .extracting(UnitDirectory.UnitEntry::code)
        .startsWith("TPLC", "TPLC-01")
        .allMatch(code -> code.startsWith("TPLC"));
    assertThat(city.get(0).depth()).isEqualTo(1);
    assertThat(city.get(1).depth()).isEqualTo(2);
    assertThat(city.get(1).level()).isEqualTo("Công đoàn cơ sở");
    assertThat(all.get(0).code()).isEqualTo(UNITS.root().code());
    assertThat(all).hasSize(UNITS.depthFirst().size());
  }

  @Test
  void invites_are_made_within_the_subtree_and_listed_with_what_became_of_them() {
    UnitDirectory.InviteEntry used = directory.createInvite(CITY, "tplc-01", 14);
    UnitDirectory.InviteEntry expiring = directory.createInvite(CITY, "TPLC-02", 1);
    clock.advance(Duration.ofMinutes(1));
    UnitDirectory.InviteEntry open = directory.createInvite(ADMIN, "TDG-01", 30);
    seen("777", "Chị Hoa <b>");
    invites.redeem(used.code(), user("777"), clock.instant());
    clock.advance(Duration.ofDays(2));

    List<UnitDirectory.InviteEntry> cityList = directory.invites(CITY, null);
    List<UnitDirectory.InviteEntry> adminList = directory.invites(ADMIN, null);

    assertThat(used.createdBy()).isEqualTo("Anh Minh");
    assertThat(used.state()).isEqualTo("open");
    assertThat(cityList)
        .extracting(UnitDirectory.InviteEntry::code, UnitDirectory.InviteEntry::state)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(used.code(), "used"),
            org.assertj.core.groups.Tuple.tuple(expiring.code(), "expired"));
    assertThat(
            cityList.stream().filter(i -> i.code().equals(used.code())).findFirst().orElseThrow())
        .satisfies(
            i -> {
              assertThat(i.usedBy()).isEqualTo("Chị Hoa <b>");
              assertThat(i.unitName()).isEqualTo("CĐCS Ủy ban nhân dân phường Tân Phong");
            });
    assertThat(adminList.get(0).code()).isEqualTo(open.code());
    assertThat(directory.invites(ADMIN, "TPLC")).hasSize(2);
    assertThat(directory.invites(CITY, "TPLC-02"))
        .extracting(UnitDirectory.InviteEntry::code)
        .containsExactly(expiring.code());
    assertThat(directory.units(ADMIN).stream().filter(u -> u.code().equals("TDG-01")).findFirst())
        .hasValueSatisfying(u -> assertThat(u.openInvites()).isEqualTo(1));
  }

  @Test
  void a_unit_outside_the_subtree_is_refused_for_invites_made_or_listed() {
    assertThatThrownBy(() -> directory.createInvite(CITY, "TDG-01", 14))
        .isInstanceOfSatisfying(
            StaffRequestException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.OUTSIDE_SUBTREE))
        .hasMessage("Tài khoản này chỉ quản lý các đơn vị thuộc TPLC, không quản lý được TDG-01.");
    assertThatThrownBy(() -> directory.invites(CITY, "LDLD"))
        .isInstanceOfSatisfying(
            StaffRequestException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.OUTSIDE_SUBTREE));
    assertThat(database.jdbc().list("SELECT code FROM report_invites", row -> row.getString(1)))
        .isEmpty();
  }

  @Test
  void bad_days_and_unknown_or_missing_units_are_bad_requests_in_vietnamese() {
    for (int days : new int[] {0, -1, 366}) {
      assertThatThrownBy(() -> directory.createInvite(ADMIN, "TDG-01", days))
          .isInstanceOfSatisfying(
              StaffRequestException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.BAD_REQUEST))
          .hasMessage("Số ngày hiệu lực của mã mời phải từ 1 đến 365.");
    }
    assertThatThrownBy(() -> directory.createInvite(ADMIN, "X9", 14))
        .hasMessage("Không có đơn vị mã \"X9\".");
    assertThatThrownBy(() -> directory.createInvite(ADMIN, " ", 14))
        .hasMessage("Hãy chọn đơn vị (mã đơn vị).");
  }

  @Test
  void reporters_are_listed_by_unit_with_the_names_the_chat_knows_within_the_subtree() {
    seen("501", "Chị Lan");
    bind("501", "TPLC-01", "2026-11-01T02:00:00Z");
    bind("502", "TPLC-01", "2026-11-02T02:00:00Z");
    bind("503", "TDG-01", "2026-11-03T02:00:00Z");

    List<UnitDirectory.ReporterEntry> city = directory.reporters(CITY);

    assertThat(city)
        .extracting(UnitDirectory.ReporterEntry::unit, UnitDirectory.ReporterEntry::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TPLC-01", "Chị Lan"),
            org.assertj.core.groups.Tuple.tuple("TPLC-01", null));
    assertThat(directory.reporters(ADMIN)).hasSize(3);
    assertThat(directory.units(CITY).get(1).reporters()).isEqualTo(2);
  }

  private static ChatUser user(String id) {
    return new ChatUser(Channel.TELEGRAM, id, id, "?");
  }

  private void seen(String id, String name) {
    database
        .jdbc()
        .update(
            "INSERT INTO subscribers (channel, chat_id, user_id, display_name, subscribed, blocked,"
                + " first_seen, last_seen) VALUES ('TELEGRAM', ?, ?, ?, TRUE, FALSE, 0, 0)",
            id,
            id,
            name);
  }

  private void bind(String id, String unit, String at) {
    database
        .jdbc()
        .update(
            "INSERT INTO reporters (channel, user_id, unit_code, registered_at)"
                + " VALUES ('TELEGRAM', ?, ?, ?)",
            id,
            unit,
            java.time.Instant.parse(at));
  }
}
