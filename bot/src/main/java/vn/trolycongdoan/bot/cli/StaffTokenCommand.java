package vn.trolycongdoan.bot.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.reports.ReportingSetup;
import vn.trolycongdoan.bot.reports.staff.SqliteStaffTokens;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.store.Database;

/**
 * {@code staff token --name NAME --role admin|staff [--unit CODE]}: creates a bearer token for the
 * staff API and prints it alone on the last line; only its hash is stored. A staff token needs a
 * unit and sees its subtree; an admin token sees every unit and takes none. Safe while the server
 * runs on the same data folder (one short transaction).
 */
@Command(
    name = "token",
    description =
        "Tạo mã truy cập (bearer token) cho API báo cáo: quản trị (admin) xem mọi đơn vị, cán bộ"
            + " (staff) xem đơn vị của mình và các đơn vị trực thuộc.")
final class StaffTokenCommand implements Callable<Integer> {

  private final RootCommand root;

  @Option(names = "--name", required = true, paramLabel = "TÊN", description = "Tên người dùng mã.")
  private String name;

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

  @Spec private CommandSpec spec;

  StaffTokenCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() throws Exception {
    Logging.quiet();
    if (name.isBlank()) {
      throw usage("Tên (--name) không được để trống");
    }
    StaffRole staffRole =
        StaffRole.ofKey(role)
            .orElseThrow(
                () -> usage("Vai trò (--role) phải là admin hoặc staff, không phải " + role));
    Settings settings = root.settings(Map.of());
    OrgUnit unit = unit(settings, staffRole);
    StaffMember member =
        new StaffMember(name.strip(), staffRole, unit == null ? null : unit.code());
    String token;
    try (Database database = Database.open(settings.databaseFile())) {
      token = new SqliteStaffTokens(database).create(member, Clock.systemUTC().instant());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Mã truy cập cho "
            + member.name()
            + (unit == null
                ? " (quản trị, xem mọi đơn vị)"
                : " (cán bộ " + unit.name() + " " + unit.code() + " và các đơn vị trực thuộc)")
            + ". Chỉ hiện một lần: hãy lưu lại.");
    out.println("Gửi kèm mỗi yêu cầu: Authorization: Bearer <mã>");
    out.println(token);
    out.flush();
    return 0;
  }

  private OrgUnit unit(Settings settings, StaffRole staffRole) {
    if (staffRole == StaffRole.ADMIN) {
      if (unitCode != null) {
        throw usage("Mã quản trị (admin) xem mọi đơn vị, không nhận --unit");
      }
      return null;
    }
    if (unitCode == null || unitCode.isBlank()) {
      throw usage("Mã cán bộ (staff) cần --unit: mã đơn vị của cán bộ, xem lệnh units");
    }
    return ReportingSetup.load(settings)
        .units()
        .byCode(unitCode.strip())
        .orElseThrow(
            () -> usage("Không có đơn vị mã \"" + unitCode + "\"; xem danh sách bằng lệnh units"));
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
