package vn.trolycongdoan.bot.reports.parsing;

import java.math.BigDecimal;
import java.util.Optional;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.period.Period;

/** The Vietnamese texts of the report parser's problems, each saying what to do next. */
final class ReportTexts {

  private ReportTexts() {}

  static String unknownCode(String written, Optional<Indicator> nearest) {
    return "Không có chỉ tiêu \""
        + written
        + "\"."
        + nearest
            .map(i -> " Ý bạn là " + i.code() + " (" + i.name() + ")?")
            .orElse(" Hãy viết mã hoặc tên chỉ tiêu rồi đến số, ví dụ DVM=15.");
  }

  static String notANumber(Indicator indicator, String written) {
    String what = written.isEmpty() ? "chưa có giá trị" : "\"" + written + "\" không phải là số";
    return name(indicator) + ": " + what + ". Hãy viết một số, ví dụ " + example(indicator) + ".";
  }

  static String notYesNo(Indicator indicator, String written) {
    String what = written.isEmpty() ? "chưa có câu trả lời" : "không hiểu \"" + written + "\"";
    return name(indicator)
        + ": "
        + what
        + ". Hãy trả lời có hoặc không, ví dụ "
        + indicator.code()
        + "=có.";
  }

  static String notWhole(Indicator indicator, BigDecimal value) {
    return name(indicator)
        + ": "
        + VietnameseNumbers.format(value)
        + " có phần lẻ; chỉ tiêu này là số nguyên ("
        + indicator.unitOfMeasure()
        + ").";
  }

  static String negativeCount(Indicator indicator, BigDecimal value) {
    return name(indicator)
        + ": "
        + VietnameseNumbers.format(value)
        + " là số âm; số lượng không thể nhỏ hơn 0.";
  }

  static String outOfRange(Indicator indicator, BigDecimal value) {
    return name(indicator)
        + ": "
        + VietnameseNumbers.format(value)
        + " nằm ngoài khoảng cho phép "
        + VietnameseNumbers.format(indicator.min())
        + "–"
        + VietnameseNumbers.format(indicator.max())
        + " "
        + indicator.unitOfMeasure()
        + ".";
  }

  static String conflicting(Indicator indicator, DraftValue first, DraftValue second) {
    return name(indicator)
        + " được ghi hai lần với hai giá trị khác nhau ("
        + first.shown()
        + " và "
        + second.shown()
        + "). Hãy giữ lại một giá trị.";
  }

  static String unknownPeriod(String written) {
    return "Không có kỳ báo cáo \""
        + written
        + "\". Hãy viết kỳ như T6/2024 (tháng), Q2/2024 (quý), 6T/2024 hoặc H1/2024 (6 tháng),"
        + " 2024 (năm).";
  }

  static String secondPeriod(String written, Period first) {
    return "Tin nhắn đã có kỳ "
        + first.label()
        + "; \""
        + written
        + "\" là kỳ thứ hai. Mỗi báo cáo chỉ cho một kỳ.";
  }

  static String futurePeriod(Period period) {
    return "Kỳ "
        + period.label()
        + " chưa bắt đầu (từ ngày "
        + period.firstDay().getDayOfMonth()
        + "/"
        + period.firstDay().getMonthValue()
        + "/"
        + period.year()
        + "). Chỉ báo cáo được kỳ đang mở hoặc đã qua.";
  }

  static String unknownUnit(String written) {
    return "Không có đơn vị mã \"" + written + "\". Hãy kiểm tra lại mã đơn vị của mình.";
  }

  static String notUnderstood(String written) {
    return "Không hiểu \""
        + written
        + "\". Hãy viết mã hoặc tên chỉ tiêu rồi đến số, ví dụ DVM=15.";
  }

  private static String name(Indicator indicator) {
    return indicator.code() + " (" + indicator.name() + ")";
  }

  private static String example(Indicator indicator) {
    return switch (indicator.type()) {
      case PERCENT -> indicator.code() + "=85%";
      case MONEY -> indicator.code() + "=3.500.000";
      default -> indicator.code() + "=15";
    };
  }
}
