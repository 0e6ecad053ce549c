package vn.trolycongdoan.bot.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;

/** Accounts and the rules of their fields, in a real SQLite file built by the migrations. */
class SqliteStaffAccountsTest {

  private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  @TempDir Path folder;

  private final AccountRules rules = new AccountRules(AccountsFixture.UNITS);
  private Database database;
  private SqliteStaffAccounts accounts;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("test.db"));
    accounts = new SqliteStaffAccounts(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void stores_an_account_and_finds_it_by_its_lower_case_login() {
    StaffAccount created =
        accounts.create(rules.draft(" Minh.TPLC ", "Anh Minh", "staff", "tplc"), "$hash", NOW);

    assertThat(created.login()).isEqualTo("minh.tplc");
    assertThat(accounts.credentials("minh.tplc"))
        .hasValueSatisfying(
            found -> {
              assertThat(found.account()).isEqualTo(created);
              assertThat(found.passwordHash()).isEqualTo("$hash");
            });
    assertThat(created.member()).isEqualTo(new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC"));
    assertThat(accounts.credentials("MINH.TPLC")).isEmpty();
  }

  @Test
  void a_taken_login_is_refused_in_vietnamese_and_nothing_is_stored() {
    accounts.create(rules.draft("lan", "Chị Lan", "admin", null), "$a", NOW);

    assertThatThrownBy(() -> accounts.create(rules.draft("LAN", "Khác", "staff", "TDG"), "$b", NOW))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("Tên đăng nhập \"lan\" đã có người dùng; hãy chọn tên khác.");
    assertThat(accounts.all()).extracting(StaffAccount::name).containsExactly("Chị Lan");
  }

  @Test
  void the_rules_name_each_bad_value() {
    assertThatThrownBy(() -> rules.draft("a", null, "staff", "TPLC"))
        .hasMessageContaining("Tên đăng nhập gồm 2–32 ký tự");
    assertThatThrownBy(() -> rules.draft("nguyễn", null, "staff", "TPLC"))
        .hasMessageContaining("chữ không dấu");
    assertThatThrownBy(() -> rules.draft("minh", null, "boss", "TPLC"))
        .hasMessage("Vai trò phải là admin hoặc staff, không phải \"boss\".");
    assertThatThrownBy(() -> rules.draft("minh", null, "staff", "X9"))
        .hasMessageContaining("Không có đơn vị mã \"X9\"");
    assertThatThrownBy(() -> rules.draft("minh", null, "staff", " "))
        .hasMessageContaining("cần mã đơn vị");
    assertThatThrownBy(() -> rules.draft("minh", null, "admin", "TPLC"))
        .hasMessageContaining("không gắn với đơn vị nào");
    assertThatThrownBy(() -> rules.draft("minh", "x".repeat(101), "admin", null))
        .hasMessageContaining("100 ký tự");
    assertThatThrownBy(() -> AccountRules.password("ngắn"))
        .hasMessage("Mật khẩu cần ít nhất 10 ký tự.");
    assertThat(rules.draft("minh", " ", "admin", null).name()).isEqualTo("minh");
  }

  @Test
  void script_in_a_name_is_stored_literally() {
    String script = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    accounts.create(rules.draft("xss", script, "admin", null), "$a", NOW);

    assertThat(accounts.credentials("xss").orElseThrow().account().name()).isEqualTo(script);
  }

  @Test
  void disabling_or_setting_the_password_ends_the_accounts_sessions() {
    SqliteStaffSessions sessions = new SqliteStaffSessions(database, SessionPolicy.DEFAULT);
    StaffAccount minh = accounts.create(rules.draft("minh", null, "staff", "TPLC"), "$a", NOW);
    StaffAccount lan = accounts.create(rules.draft("lan", null, "admin", null), "$a", NOW);
    String first = sessions.open(minh, NOW).token();
    String other = sessions.open(lan, NOW).token();

    StaffAccount disabled = accounts.setDisabled(minh.id(), true);

    assertThat(disabled.disabled()).isTrue();
    assertThat(sessions.find(first, NOW)).isEmpty();
    assertThat(sessions.find(other, NOW)).isPresent();
    accounts.setDisabled(minh.id(), false);
    String second = sessions.open(minh, NOW).token();
    accounts.setPassword(minh.id(), "$b");
    assertThat(sessions.find(second, NOW)).isEmpty();
    assertThat(accounts.credentials("minh").orElseThrow().passwordHash()).isEqualTo("$b");
    assertThat(sessions.find(other, NOW)).isPresent();
  }

  @Test
  void a_changed_role_and_unit_reach_the_live_session() {
    SqliteStaffSessions sessions = new SqliteStaffSessions(database, SessionPolicy.DEFAULT);
    StaffAccount minh = accounts.create(rules.draft("minh", null, "staff", "TPLC"), "$a", NOW);
    String token = sessions.open(minh, NOW).token();

    StaffAccount changed = accounts.change(minh.id(), rules.draft("minh", "Minh", "staff", "TDG"));

    assertThat(changed.unitCode()).isEqualTo("TDG");
    assertThat(sessions.find(token, NOW).orElseThrow().account().member())
        .isEqualTo(new StaffMember("Minh", StaffRole.STAFF, "TDG"));
    assertThatThrownBy(() -> accounts.change(99, rules.draft("x1", null, "admin", null)))
        .hasMessage("Không có tài khoản này.");
  }
}
