package vn.trolycongdoan.bot.reports.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.period.Cadence;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * The periods staff pick from: every period of a cadence the catalogue reports in that has begun,
 * from the start of {@link #YEARS_BACK} years ago up to today (Việt Nam time), the latest first and
 * a shorter period before the longer one ending the same day. The default is the open period of the
 * shortest such cadence: the current half-year with the bundled catalogue, as {@code /tonghop}
 * takes it. Thread-safe.
 */
public final class ReportPeriods {

  /** How many whole years before the current one are offered. */
  public static final int YEARS_BACK = 3;

  private final Set<Cadence> cadences = EnumSet.noneOf(Cadence.class);
  private final Clock clock;

  public ReportPeriods(Catalogue catalogue, Clock clock) {
    catalogue.indicators().stream().map(Indicator::cadence).forEach(cadences::add);
    if (cadences.isEmpty()) {
      cadences.add(Cadence.HALF_YEAR);
    }
    this.clock = clock;
  }

  /** The periods offered, the latest first. */
  public List<Period> offered() {
    LocalDate today = LocalDate.now(clock.withZone(Period.ZONE));
    List<Period> periods = new ArrayList<>();
    for (int year = today.getYear() - YEARS_BACK; year <= today.getYear(); year++) {
      for (Cadence cadence : cadences) {
        for (Period period : new Period(Cadence.YEAR, year, 1).parts(cadence)) {
          if (!period.firstDay().isAfter(today)) {
            periods.add(period);
          }
        }
      }
    }
    periods.sort(
        Comparator.comparing((Period period) -> min(period.lastDay(), today))
            .reversed()
            .thenComparingInt(period -> period.cadence().months()));
    return periods;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** The open period of the shortest cadence reported. */
  public Period current() {
    Cadence shortest =
        cadences.stream().min(Comparator.comparingInt(Cadence::months)).orElseThrow();
    return Period.current(shortest, clock);
  }
}
