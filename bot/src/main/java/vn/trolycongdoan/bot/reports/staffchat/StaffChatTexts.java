package vn.trolycongdoan.bot.reports.staffchat;

import java.math.BigDecimal;
import java.time.Instant;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.library.Citation;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTexts;

/** The Vietnamese texts of the staff's chat, each saying what to do next. */
final class StaffChatTexts {

  static final String INVITE_USAGE =
      "Hãy ghi mã đơn vị sau lệnh, ví dụ: /taoma TDG-01 (mã có hiệu lực 14 ngày) hoặc /taoma"
          + " TDG-01 30 (30 ngày). Người báo cáo của đơn vị gửi /dangky <mã mời> để đăng ký.";

  private StaffChatTexts() {}

  static String notStaff(ChatUser from) {
    return "Lệnh này dành cho cán bộ Công đoàn đã được cấp quyền. Mã người dùng Telegram của bạn: "
        + from.userId()
        + "; hãy gửi mã này cho quản trị viên để được cấp quyền cho đơn vị của mình."
        + " Công đoàn cơ sở gửi số liệu bằng /baocao.";
  }

  static String unitGone(String unitCode) {
    return "Đơn vị "
        + unitCode
        + " mà bạn được cấp quyền không còn trong danh sách đơn vị; hãy nhờ quản trị viên cấp lại"
        + " quyền (/capquyen).";
  }

  static String unknownPeriod(String written, String command) {
    return "Không có kỳ báo cáo \""
        + written
        + "\". Hãy viết kỳ như T6/2024 (tháng), Q2/2024 (quý), H1/2024 (6 tháng), 2024 (năm), ví"
        + " dụ: "
        + command
        + " H1/2024.";
  }

  static String notBegun(Period period, String command) {
    return "Kỳ "
        + period.label()
        + " chưa bắt đầu. Hãy gõ kỳ đang mở hoặc đã qua, ví dụ: "
        + command
        + " "
        + chatForm(Period.containing(period.cadence(), period.firstDay().minusDays(1)))
        + ".";
  }

  static String unknownUnit(String written, String command) {
    return "Không có đơn vị mã \""
        + written
        + "\". Hãy gõ "
        + command
        + " [kỳ] [mã đơn vị], ví dụ: "
        + command
        + " H1/2024 TDG.";
  }

  static String oneEach(String command) {
    return "Chỉ ghi một kỳ và một mã đơn vị, ví dụ: " + command + " H1/2024 TDG.";
  }

  static String outsideSubtree(OrgUnit asked, OrgUnit top) {
    return "Bạn chỉ xem và sửa được các đơn vị thuộc "
        + top.code()
        + " — "
        + top.name()
        + ", không phải "
        + asked.code()
        + " — "
        + asked.name()
        + ".";
  }

  static String closedUnit(OrgUnit unit) {
    return UnitTexts.notOpenToday(unit) + "; không tạo mã mời được.";
  }

  static String badDays(String written, int most) {
    return "Số ngày hiệu lực phải là số từ 1 đến "
        + most
        + ", không phải \""
        + written
        + "\". Ví dụ: /taoma TDG-01 30.";
  }

  static String invite(OrgUnit unit, int days, Instant expiresAt, String code) {
    return "Mã mời cho "
        + unit.name()
        + " ("
        + unit.code()
        + "), dùng một lần, hiệu lực "
        + days
        + " ngày, đến "
        + expiresAt.atZone(Period.ZONE).toLocalTime().withNano(0)
        + " ngày "
        + Citation.vietnameseDate(expiresAt.atZone(Period.ZONE).toLocalDate().toString())
        + ". Hãy chuyển cho người báo cáo của đơn vị; họ gửi cho trợ lý:\n/dangky "
        + code;
  }

  /** The period as staff type it: T6/2024, Q2/2024, H1/2024, 2024. */
  static String chatForm(Period period) {
    return switch (period.cadence()) {
      case MONTH -> "T" + period.index() + "/" + period.year();
      case QUARTER -> "Q" + period.index() + "/" + period.year();
      case HALF_YEAR -> "H" + period.index() + "/" + period.year();
      case YEAR -> String.valueOf(period.year());
    };
  }

  /** A rate in percent as Vietnamese write it: "66,6 %", "100 %". */
  static String percent(BigDecimal rate) {
    return rate.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
  }
}
