package vn.trolycongdoan.bot.reports.parsing;

import java.math.BigDecimal;
import java.util.Optional;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.catalogue.IndicatorType;

/** Checks a number read for an indicator against its type and range. */
final class ValueRules {

  private ValueRules() {}

  /** The problem with {@code value} for {@code indicator}, if any. */
  static Optional<Problem> check(Indicator indicator, BigDecimal value) {
    boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    IndicatorType type = indicator.type();
    if ((type == IndicatorType.COUNT || type == IndicatorType.MONEY) && !whole) {
      return problem(ProblemKind.NOT_WHOLE, ReportTexts.notWhole(indicator, value));
    }
    if (type == IndicatorType.COUNT && value.signum() < 0) {
      return problem(ProblemKind.NEGATIVE_COUNT, ReportTexts.negativeCount(indicator, value));
    }
    if (!indicator.accepts(value)) {
      return problem(ProblemKind.OUT_OF_RANGE, ReportTexts.outOfRange(indicator, value));
    }
    return Optional.empty();
  }

  private static Optional<Problem> problem(ProblemKind kind, String message) {
    return Optional.of(new Problem(kind, message));
  }
}
