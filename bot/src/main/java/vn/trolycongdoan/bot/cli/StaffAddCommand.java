package vn.trolycongdoan.bot.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.trolycongdoan.bot.accounts.AccountDraft;
import vn.trolycongdoan.bot.accounts.AccountRules;
import vn.trolycongdoan.bot.accounts.PasswordHasher;
import vn.trolycongdoan.bot.accounts.SqliteStaffAccounts;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.reports.ReportingSetup;
import vn.trolycongdoan.bot.store.Database;

/**
 * {@code staff add --login NAME --role admin|staff [--unit CODE] [--name "DISPLAY NAME"]}: creates
 * an account of the staff dashboard ({@code /quanly}). The password is asked twice on a console, or
 * read as one line from standard input when that is not a console (a script's pipe); only its
 * Argon2id hash is stored. Everything is checked before the database is opened. Safe while the
 * server runs on the same data folder.
 */
@Command(
    name = "add",
    description =
        "Tạo tài khoản đăng nhập trang quản lý (/quanly): quản trị (admin) xem mọi đơn vị và quản lý"
            + " tài khoản, cán bộ (staff) xem đơn vị của mình và các đơn vị trực thuộc. Mật khẩu được"
            + " hỏi hai lần, hoặc đọc một dòng từ đầu vào chuẩn.")
final class StaffAddCommand implements Callable<Integer> {

  private final RootCommand root;
  private final InputStream input;

  @Option(
      names = "--login",
      required = true,
      paramLabel = "TÊN_ĐĂNG_NHẬP",
      description = "Tên đăng nhập: chữ không dấu, số, dấu chấm, gạch ngang.")
  private String login;

  @Option(
      names = "--role",
      required = true,
      paramLabel = "VAI_TRÒ",
      description = "admin hoặc staff.")
  private String role;

  @Option(
      names = "--unit",
      paramLabel = "MÃ_ĐƠN_VỊ",
      description = "Đơn vị của cán bộ (bắt buộc với staff), xem lệnh units.")
  private String unitCode;

  @Option(
      names = "--name",
      paramLabel = "TÊN",
      description = "Tên hiển thị (mặc định: tên đăng nhập).")
  private String name;

  @Spec private CommandSpec spec;

  StaffAddCommand(RootCommand root, InputStream input) {
    this.root = root;
    this.input = input;
  }

  @Override
  public Integer call() throws Exception {
    Logging.quiet();
    Settings settings = root.settings(Map.of());
    AccountDraft draft =
        new AccountRules(ReportingSetup.load(settings).units()).draft(login, name, role, unitCode);
    String password = AccountRules.password(password());
    String hash = new PasswordHasher().hash(password);
    try (Database database = Database.open(settings.databaseFile())) {
      new SqliteStaffAccounts(database).create(draft, hash, Clock.systemUTC().instant());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Đã tạo tài khoản \""
            + draft.login()
            + "\" ("
            + draft.name()
            + (draft.unitCode() == null
                ? ", quản trị, xem mọi đơn vị"
                : ", cán bộ " + draft.unitCode() + " và các đơn vị trực thuộc")
            + ").");
    out.println("Đăng nhập tại /quanly/dangnhap trên máy chủ của Trợ lý.");
    out.flush();
    return 0;
  }

  private String password() throws IOException {
    Console console = System.console();
    if (input == System.in && console != null) {
      char[] first =
          console.readPassword("Mật khẩu (ít nhất %d ký tự): ", AccountRules.MIN_PASSWORD);
      char[] again = console.readPassword("Nhập lại mật khẩu: ");
      if (first == null || again == null || !Arrays.equals(first, again)) {
        throw usage("Hai lần nhập mật khẩu không khớp; hãy chạy lại lệnh.");
      }
      return new String(first);
    }
    String line =
        new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)).readLine();
    if (line == null || line.isEmpty()) {
      throw usage("Thiếu mật khẩu: hãy gõ khi được hỏi, hoặc đưa một dòng vào đầu vào chuẩn.");
    }
    return line;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
