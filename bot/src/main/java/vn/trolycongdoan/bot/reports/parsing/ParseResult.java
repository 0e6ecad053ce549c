package vn.trolycongdoan.bot.reports.parsing;

import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

/** What a report message says: a draft to confirm, or the problems that stop it. */
public sealed interface ParseResult {

  /**
   * A report read without problems, not stored.
   *
   * @param unit the unit the message names, if it names one
   * @param period the period the message names; empty when none was given (the caller then takes
   *     the indicator's open period and shows it)
   * @param values the values in the order written, each indicator once; empty for {@code /baocao}
   *     alone
   */
  record Draft(Optional<OrgUnit> unit, Optional<Period> period, List<DraftValue> values)
      implements ParseResult {

    public Draft {
      values = List.copyOf(values);
    }
  }

  /**
   * A message that cannot be stored as it is.
   *
   * @param problems every problem found, in the order of the message; never empty
   */
  record Problems(List<Problem> problems) implements ParseResult {

    public Problems {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("no problems");
      }
    }
  }
}
