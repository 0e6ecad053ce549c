package vn.trolycongdoan.bot.reports.store;

import java.math.BigDecimal;
import java.util.Objects;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * One figure of a confirmed report.
 *
 * @param indicator the indicator's code, e.g. {@code DVM}
 * @param period the period it is a figure of (one report may hold values of several periods when
 *     its indicators have different cadences)
 * @param value the figure, in the indicator's unit of measure (1 or 0 for có/không)
 */
public record ReportValue(String indicator, Period period, BigDecimal value) {

  public ReportValue {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
  }
}
