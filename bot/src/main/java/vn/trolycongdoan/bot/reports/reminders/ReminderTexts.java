package vn.trolycongdoan.bot.reports.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.catalogue.IndicatorType;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Cadence;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

/** The Vietnamese text of a reminder: the unit, each period with its deadline, how to report. */
final class ReminderTexts {

  private final Deadlines deadlines;
  private final Map<Cadence, String> examples;

  /**
   * @param indicators the catalogue; the first count of each cadence makes the example
   */
  ReminderTexts(Deadlines deadlines, List<Indicator> indicators) {
    this.deadlines = deadlines;
    this.examples = new EnumMap<>(Cadence.class);
    for (Indicator indicator : indicators) {
      if (indicator.type() == IndicatorType.COUNT) {
        examples.putIfAbsent(indicator.cadence(), indicator.code() + "=15");
      }
    }
  }

  /**
   * The reminder to {@code unit}'s reporters of the periods in {@code due} (at least one), sent on
   * {@code today}.
   */
  FormattedText reminder(OrgUnit unit, List<DueReminder> due, LocalDate today) {
    FormattedText.Builder text =
        FormattedText.builder()
            .bold("⏰ Nhắc báo cáo")
            .newline()
            .plain("Đơn vị " + unit.code() + " — " + unit.name() + " chưa gửi báo cáo:");
    for (DueReminder reminder : due) {
      text.newline()
          .plain("• ")
          .bold(reminder.period().label())
          .plain(": " + line(reminder, today));
    }
    Period first = due.get(0).period();
    String command = "/baocao " + chatForm(first) + " " + unit.code();
    return text.newline()
        .plain("Gửi báo cáo: " + command + " MÃ=SỐ …")
        .plain(example(first).map(e -> " (ví dụ " + command + " " + e + ")").orElse(""))
        .plain(", hoặc gõ /baocao để trợ lý hỏi lần lượt từng chỉ tiêu.")
        .build();
  }

  /** What a period's line says on {@code today}: the days left, or that it is due or overdue. */
  private String line(DueReminder reminder, LocalDate today) {
    String deadline = deadlines.label(reminder.period());
    if (today.isBefore(reminder.deadlineDay())) {
      long days = ChronoUnit.DAYS.between(today, reminder.deadlineDay());
      return "hạn nộp " + deadline + " (còn " + days + " ngày).";
    }
    LocalDate locked = deadlines.lockedFrom(reminder.period()).atZone(Period.ZONE).toLocalDate();
    if (!locked.isAfter(today)) {
      return "hôm nay đã quá hạn ("
          + deadline
          + ") và kỳ đã khóa sổ; nếu cần báo cáo, hãy liên hệ"
          + " cán bộ Công đoàn cấp trên.";
    }
    if (today.isAfter(reminder.deadlineDay())) {
      return "đã quá hạn ("
          + deadline
          + "). Báo cáo gửi bây giờ vẫn được nhận nhưng ghi là nộp muộn; hãy gửi trước ngày "
          + day(locked)
          + ", khi kỳ khóa sổ.";
    }
    return "hôm nay đã đến hạn ("
        + deadline
        + "). Báo cáo gửi từ hôm nay vẫn được nhận nhưng ghi"
        + " là nộp muộn; hãy gửi trước ngày "
        + day(locked)
        + ", khi kỳ khóa sổ.";
  }

  private Optional<String> example(Period period) {
    return Optional.ofNullable(examples.get(period.cadence()));
  }

  /** The period as reporters type it: {@code T6/2026}, {@code Q2/2026}, {@code H1/2026}. */
  static String chatForm(Period period) {
    return switch (period.cadence()) {
      case MONTH -> "T" + period.index() + "/" + period.year();
      case QUARTER -> "Q" + period.index() + "/" + period.year();
      case HALF_YEAR -> "H" + period.index() + "/" + period.year();
      case YEAR -> Integer.toString(period.year());
    };
  }

  private static String day(LocalDate day) {
    return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
  }
}
