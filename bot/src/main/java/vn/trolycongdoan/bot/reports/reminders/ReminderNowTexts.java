package vn.trolycongdoan.bot.reports.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

/** The Vietnamese refusals of {@link ReminderNow}, each saying why and what to do instead. */
final class ReminderNowTexts {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' d/M/yyyy").withZone(Period.ZONE);

  private ReminderNowTexts() {}

  static String notExpected(OrgUnit unit, Period period) {
    return "Đơn vị "
        + unit.code()
        + " không phải công đoàn cơ sở phải báo cáo "
        + period.label()
        + ", nên không có gì để nhắc.";
  }

  static String notBegun(Period period) {
    return "Kỳ " + period.label() + " chưa bắt đầu, chưa thể nhắc báo cáo.";
  }

  static String locked(Period period, LocalDate lockedFrom) {
    return "Kỳ "
        + period.label()
        + " đã khóa sổ từ ngày "
        + lockedFrom.getDayOfMonth()
        + "/"
        + lockedFrom.getMonthValue()
        + "/"
        + lockedFrom.getYear()
        + "; đơn vị không thể tự gửi báo cáo nữa, hãy liên hệ trực tiếp.";
  }

  static String reported(OrgUnit unit, Period period) {
    return "Đơn vị " + unit.code() + " đã gửi báo cáo " + period.label() + ", không cần nhắc.";
  }

  static String noReporter(OrgUnit unit) {
    return "Đơn vị "
        + unit.code()
        + " chưa có ai đăng ký báo cáo qua Telegram (/dangky), nên không gửi được lời nhắc. Hãy tạo"
        + " mã mời ở trang Đơn vị và gửi cho người báo cáo.";
  }

  static String tooSoon(Instant last, Instant againFrom) {
    return "Đơn vị này vừa được nhắc lúc "
        + TIME.format(last)
        + "; có thể nhắc lại từ "
        + TIME.format(againFrom)
        + ".";
  }
}
