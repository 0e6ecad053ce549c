package vn.trolycongdoan.bot.reports.catalogue;

import vn.trolycongdoan.bot.reports.period.Cadence;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * When a target applies: in every period of a cadence ("mỗi năm", {@code every} set) or in one
 * period ("hết nhiệm kỳ", 2028: {@code period} set). Exactly one is non-null.
 */
public record TargetPeriod(Cadence every, Period period) {

  public TargetPeriod {
    if ((every == null) == (period == null)) {
      throw new IllegalArgumentException("a target applies every period of a cadence or in one");
    }
  }

  /** Whether the target is the one for {@code reported}. */
  public boolean appliesTo(Period reported) {
    return period != null ? period.equals(reported) : every == reported.cadence();
  }

  /** "mỗi năm", "năm 2028". */
  public String label() {
    return period != null ? period.label() : "mỗi " + every.vietnamese();
  }
}
