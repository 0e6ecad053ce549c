package vn.trolycongdoan.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.accounts.PasswordHasher;
import vn.trolycongdoan.bot.accounts.SqliteStaffAccounts;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;

/** {@code staff add} of the real command line, its password read from standard input. */
class StaffAddCommandTest {

  @TempDir Path data;

  @Test
  void creates_an_account_with_the_password_from_standard_input_while_the_database_is_open() {
    try (Database server = Database.open(data.resolve("troly-congdoan.db"))) {
      CommandLineRun run =
          run(
              "mật khẩu dài đủ\n",
              "staff",
              "add",
              "--login",
              "Minh",
              "--role",
              "staff",
              "--unit",
              "tplc",
              "--name",
              "Anh Minh");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("\"minh\"", "Anh Minh", "TPLC", "/quanly/dangnhap");
      SqliteStaffAccounts.Credentials stored =
          new SqliteStaffAccounts(server).credentials("minh").orElseThrow();
      assertThat(stored.account().member())
          .isEqualTo(new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC"));
      assertThat(stored.passwordHash()).startsWith("$argon2id$").doesNotContain("mật khẩu");
      assertThat(new PasswordHasher().matches("mật khẩu dài đủ", stored.passwordHash())).isTrue();
    }
  }

  @Test
  void an_admin_has_no_unit_and_its_name_defaults_to_the_login() {
    CommandLineRun run =
        run("mật khẩu quản trị", "staff", "add", "--login", "admin", "--role", "admin");

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (Database database = Database.open(data.resolve("troly-congdoan.db"))) {
      assertThat(
              new SqliteStaffAccounts(database)
                  .credentials("admin")
                  .orElseThrow()
                  .account()
                  .member())
          .isEqualTo(new StaffMember("admin", StaffRole.ADMIN, null));
    }
  }

  @Test
  void a_taken_login_fails_in_vietnamese_and_keeps_the_first_account() {
    run("mật khẩu thứ nhất", "staff", "add", "--login", "lan", "--role", "admin");

    CommandLineRun again =
        run(
            "mật khẩu thứ hai",
            "staff",
            "add",
            "--login",
            "LAN",
            "--role",
            "staff",
            "--unit",
            "TDG");

    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("Tên đăng nhập \"lan\" đã có người dùng");
    try (Database database = Database.open(data.resolve("troly-congdoan.db"))) {
      SqliteStaffAccounts.Credentials lan =
          new SqliteStaffAccounts(database).credentials("lan").orElseThrow();
      assertThat(lan.account().role()).isEqualTo(StaffRole.ADMIN);
      assertThat(new PasswordHasher().matches("mật khẩu thứ nhất", lan.passwordHash())).isTrue();
    }
  }

  @Test
  void bad_values_fail_in_vietnamese_before_the_database_is_made() {
    CommandLineRun role = run("mật khẩu dài đủ", "staff", "add", "--login", "a1", "--role", "boss");
    CommandLineRun unknown =
        run("mật khẩu dài đủ", "staff", "add", "--login", "a1", "--role", "staff", "--unit", "X9");
    CommandLineRun noUnit =
        run("mật khẩu dài đủ", "staff", "add", "--login", "a1", "--role", "staff");
    CommandLineRun adminUnit =
        run("mật khẩu dài đủ", "staff", "add", "--login", "a1", "--role", "admin", "--unit", "TDG");
    CommandLineRun login =
        run("mật khẩu dài đủ", "staff", "add", "--login", "á", "--role", "admin");
    CommandLineRun shortPassword =
        run("ngắn\n", "staff", "add", "--login", "a1", "--role", "admin");
    CommandLineRun noPassword = run("", "staff", "add", "--login", "a1", "--role", "admin");
    CommandLineRun noLogin = run("mật khẩu dài đủ", "staff", "add", "--role", "admin");

    assertThat(role.exitCode()).isEqualTo(2);
    assertThat(role.err()).contains("Vai trò phải là admin hoặc staff");
    assertThat(unknown.err()).contains("Không có đơn vị mã \"X9\"");
    assertThat(noUnit.err()).contains("cần mã đơn vị");
    assertThat(adminUnit.err()).contains("không gắn với đơn vị nào");
    assertThat(login.err()).contains("Tên đăng nhập gồm");
    assertThat(shortPassword.err()).contains("Mật khẩu cần ít nhất 10 ký tự");
    assertThat(noPassword.err()).contains("Thiếu mật khẩu");
    assertThat(noLogin.err()).contains("--login");
    for (CommandLineRun run :
        new CommandLineRun[] {
          unknown, noUnit, adminUnit, login, shortPassword, noPassword, noLogin
        }) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    }
    assertThat(data.resolve("troly-congdoan.db")).doesNotExist();
  }

  @Test
  void the_staff_group_names_both_subcommands() {
    CommandLineRun bare = run("", "staff");

    assertThat(bare.exitCode()).isEqualTo(2);
    assertThat(bare.err()).contains("staff add --login", "staff token");
  }

  private CommandLineRun run(String input, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CommandLineRun.withInput(input, Map.of(), all);
  }
}
