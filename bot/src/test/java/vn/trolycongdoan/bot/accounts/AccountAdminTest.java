package vn.trolycongdoan.bot.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException.Reason;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;

/** An admin's work on accounts, on real SQLite. */
class AccountAdminTest {

  private static final StaffMember ADMIN = new StaffMember("Chị Lan", StaffRole.ADMIN, null);
  private static final StaffMember CITY = new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC");

  @TempDir Path folder;

  private final FakeClock clock = FakeClock.atVietnamTime("2026-12-01T09:00");
  private Database database;
  private SqliteStaffAccounts accounts;
  private SqliteStaffSessions sessions;
  private AccountAdmin admin;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("test.db"));
    accounts = new SqliteStaffAccounts(database);
    sessions = new SqliteStaffSessions(database, SessionPolicy.DEFAULT);
    admin =
        new AccountAdmin(
            accounts, new AccountRules(AccountsFixture.UNITS), AccountsFixture.CHEAP, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void an_account_is_created_with_a_temporary_password_only_its_owner_learns() {
    AccountAdmin.Issued issued = admin.create(ADMIN, "Minh", "Anh Minh", "staff", "tplc");

    assertThat(issued.temporaryPassword()).matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}");
    assertThat(issued.account().member())
        .isEqualTo(new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC"));
    String hash = accounts.credentials("minh").orElseThrow().passwordHash();
    assertThat(hash).doesNotContain(issued.temporaryPassword());
    assertThat(AccountsFixture.CHEAP.matches(issued.temporaryPassword(), hash)).isTrue();
    assertThat(admin.list(ADMIN)).extracting(StaffAccount::login).containsExactly("minh");
  }

  @Test
  void a_staff_account_may_do_none_of_it() {
    long id = admin.create(ADMIN, "minh", null, "staff", "TPLC").account().id();
    List<Executable> tasks =
        List.of(
            () -> admin.list(CITY),
            () -> admin.create(CITY, "khac", null, "admin", null),
            () -> admin.change(CITY, null, id, "x", "admin", null),
            () -> admin.setDisabled(CITY, null, id, true),
            () -> admin.resetPassword(CITY, id));

    for (Executable task : tasks) {
      assertThatThrownBy(task::execute)
          .isInstanceOfSatisfying(
              StaffRequestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN))
          .hasMessage("Chỉ tài khoản quản trị (admin) làm được việc này.");
    }
    assertThat(accounts.all()).extracting(StaffAccount::login).containsExactly("minh");
    assertThat(accounts.byId(id).orElseThrow().role()).isEqualTo(StaffRole.STAFF);
  }

  @Test
  void role_and_unit_change_together_and_are_checked() {
    long id = admin.create(ADMIN, "minh", "Minh", "staff", "TPLC").account().id();

    StaffAccount moved = admin.change(ADMIN, null, id, "Anh Minh", "staff", "TDG");
    StaffAccount promoted = admin.change(ADMIN, null, id, "Anh Minh", "admin", null);

    assertThat(moved.unitCode()).isEqualTo("TDG");
    assertThat(promoted.member()).isEqualTo(new StaffMember("Anh Minh", StaffRole.ADMIN, null));
    assertThatThrownBy(() -> admin.change(ADMIN, null, id, "x", "staff", null))
        .hasMessageContaining("cần mã đơn vị");
    assertThatThrownBy(() -> admin.change(ADMIN, null, 999, "x", "admin", null))
        .hasMessage("Không có tài khoản này.");
  }

  @Test
  void an_admin_cannot_disable_or_demote_their_own_account() {
    long self = admin.create(ADMIN, "lan", null, "admin", null).account().id();

    assertThatThrownBy(() -> admin.setDisabled(ADMIN, self, self, true))
        .isInstanceOfSatisfying(
            StaffRequestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN))
        .hasMessageContaining("chính mình");
    assertThatThrownBy(() -> admin.change(ADMIN, self, self, "Lan", "staff", "TPLC"))
        .hasMessageContaining("chính mình");
    assertThat(accounts.byId(self).orElseThrow())
        .satisfies(
            a -> {
              assertThat(a.disabled()).isFalse();
              assertThat(a.role()).isEqualTo(StaffRole.ADMIN);
            });
    assertThat(admin.change(ADMIN, self, self, "Chị Lan", "admin", null).name())
        .isEqualTo("Chị Lan");
  }

  @Test
  void disabling_and_resetting_the_password_end_the_accounts_sessions() {
    StaffAccount minh = admin.create(ADMIN, "minh", null, "staff", "TPLC").account();
    String before = sessions.open(minh, clock.instant()).token();

    assertThat(admin.setDisabled(ADMIN, null, minh.id(), true).disabled()).isTrue();
    assertThat(sessions.find(before, clock.instant())).isEmpty();
    assertThat(admin.setDisabled(ADMIN, null, minh.id(), false).disabled()).isFalse();
    String again = sessions.open(minh, clock.instant()).token();

    AccountAdmin.Issued reset = admin.resetPassword(ADMIN, minh.id());

    assertThat(sessions.find(again, clock.instant())).isEmpty();
    assertThat(
            AccountsFixture.CHEAP.matches(
                reset.temporaryPassword(),
                accounts.credentials("minh").orElseThrow().passwordHash()))
        .isTrue();
  }
}
