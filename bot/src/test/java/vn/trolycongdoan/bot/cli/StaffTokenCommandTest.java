package vn.trolycongdoan.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.reports.staff.SqliteStaffTokens;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;

/** {@code staff token} of the real command line, on a database a server holds open. */
class StaffTokenCommandTest {

  @TempDir Path data;

  @Test
  void prints_a_staff_token_alone_on_its_last_line_while_the_database_is_open_elsewhere() {
    try (Database server = Database.open(data.resolve("troly-congdoan.db"))) {
      CommandLineRun run =
          run("staff", "token", "--name", "Anh Minh", "--role", "staff", "--unit", "tplc");

      assertThat(run.exitCode()).as(run.err()).isZero();
      List<String> lines = run.out().lines().toList();
      String token = lines.get(lines.size() - 1);
      assertThat(run.out()).contains("Anh Minh", "TPLC", "Authorization: Bearer");
      assertThat(new SqliteStaffTokens(server).holder(token))
          .contains(new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC"));
    }
  }

  @Test
  void an_admin_token_has_no_unit() {
    CommandLineRun run = run("staff", "token", "--name", "Chị Hoa", "--role", "ADMIN");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    try (Database database = Database.open(data.resolve("troly-congdoan.db"))) {
      assertThat(new SqliteStaffTokens(database).holder(lines.get(lines.size() - 1)))
          .contains(new StaffMember("Chị Hoa", StaffRole.ADMIN, null));
    }
  }

  @Test
  void refuses_a_bad_role_a_staff_token_without_a_known_unit_and_an_admin_with_one() {
    CommandLineRun role = run("staff", "token", "--name", "A", "--role", "boss");
    CommandLineRun noUnit = run("staff", "token", "--name", "A", "--role", "staff");
    CommandLineRun unknown =
        run("staff", "token", "--name", "A", "--role", "staff", "--unit", "X9");
    CommandLineRun admin =
        run("staff", "token", "--name", "A", "--role", "admin", "--unit", "TPLC");
    CommandLineRun bare = run("staff");

    assertThat(role.exitCode()).isEqualTo(2);
    assertThat(role.err()).contains("phải là admin hoặc staff");
    assertThat(noUnit.exitCode()).isEqualTo(2);
    assertThat(noUnit.err()).contains("cần --unit");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Không có đơn vị mã \"X9\"");
    assertThat(admin.exitCode()).isEqualTo(2);
    assertThat(admin.err()).contains("không nhận --unit");
    assertThat(bare.exitCode()).isEqualTo(2);
    assertThat(bare.err()).contains("staff token");
    assertThat(data.resolve("troly-congdoan.db")).doesNotExist();
  }

  private CommandLineRun run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CommandLineRun.of(Map.of(), all);
  }
}
