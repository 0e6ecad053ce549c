package vn.trolycongdoan.bot.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.library.Citation;
import vn.trolycongdoan.bot.reports.ReportingSetup;
import vn.trolycongdoan.bot.reports.invites.Invite;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTexts;
import vn.trolycongdoan.bot.store.Database;

/**
 * {@code invite UNIT_CODE [--days N]}: creates a one-time invite code for a unit and prints it
 * alone on the last line. Safe while the server runs on the same data folder (SQLite in WAL mode,
 * one short transaction).
 */
@Command(
    name = "invite",
    description = "Tạo mã mời dùng một lần để người báo cáo của một đơn vị đăng ký (/dangky).")
final class InviteCommand implements Callable<Integer> {

  static final int MOST_DAYS = 365;

  private final RootCommand root;

  @Parameters(paramLabel = "MÃ_ĐƠN_VỊ", description = "Mã đơn vị, xem lệnh units.")
  private String unitCode;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "14",
      description = "Số ngày mã còn hiệu lực, 1–" + MOST_DAYS + " (mặc định: 14).")
  private int days;

  @Spec private CommandSpec spec;

  InviteCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() throws Exception {
    Logging.quiet();
    if (days < 1 || days > MOST_DAYS) {
      throw new ParameterException(
          spec.commandLine(),
          "Số ngày (--days) phải từ 1 đến " + MOST_DAYS + ", không phải " + days);
    }
    Settings settings = root.settings(Map.of());
    Instant now = Clock.systemUTC().instant();
    OrgUnit unit = openUnit(settings, LocalDate.ofInstant(now, Period.ZONE));
    Invite invite;
    try (Database database = Database.open(settings.databaseFile())) {
      invite =
          new SqliteInviteStore(database)
              .create(unit.code(), now, now.plus(Duration.ofDays(days)), "cli");
    }
    LocalDate lastDay = LocalDate.ofInstant(invite.expiresAt(), Period.ZONE);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Mã mời cho "
            + unit.name()
            + " ("
            + unit.code()
            + "), dùng một lần, hiệu lực "
            + days
            + " ngày, đến "
            + invite.expiresAt().atZone(Period.ZONE).toLocalTime().withNano(0)
            + " ngày "
            + Citation.vietnameseDate(lastDay.toString())
            + ".");
    out.println("Người báo cáo gửi cho bot: /dangky " + invite.code());
    out.println(invite.code());
    out.flush();
    return 0;
  }

  private OrgUnit openUnit(Settings settings, LocalDate today) {
    OrgUnit unit =
        ReportingSetup.load(settings)
            .units()
            .byCode(unitCode)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "Không có đơn vị mã \"" + unitCode + "\"; xem danh sách bằng lệnh units"));
    if (!unit.isOpenOn(today)) {
      throw new ParameterException(spec.commandLine(), UnitTexts.notOpenToday(unit));
    }
    return unit;
  }
}
