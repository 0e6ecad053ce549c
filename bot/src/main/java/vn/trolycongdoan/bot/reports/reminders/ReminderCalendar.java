package vn.trolycongdoan.bot.reports.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Cadence;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * Which reminders are due on a day: for each cadence the catalogue uses, the {@link
 * ReminderKind#AHEAD} reminder of a period from {@code daysBefore} days before its deadline day
 * until the day before it (so a service that was down on the first day still reminds on the next),
 * and its {@link ReminderKind#DEADLINE_DAY} reminder on the deadline day only. A period that has
 * not begun is never due. Pure and thread-safe.
 */
final class ReminderCalendar {

  /** Deadlines fall at most 12 months after the period's last month; look back a little more. */
  private static final int MONTHS_BACK = 14;

  private final Deadlines deadlines;
  private final Set<Cadence> cadences;
  private final int daysBefore;

  ReminderCalendar(Deadlines deadlines, Collection<Cadence> cadences, int daysBefore) {
    this.deadlines = deadlines;
    this.cadences = Set.copyOf(cadences);
    this.daysBefore = daysBefore;
  }

  /** The reminders due on {@code today} (Việt Nam time), shorter cadences first. */
  List<DueReminder> dueOn(LocalDate today) {
    List<DueReminder> due = new ArrayList<>();
    for (Cadence cadence : Cadence.values()) {
      if (!cadences.contains(cadence)) {
        continue;
      }
      for (Period period : candidates(cadence, today)) {
        LocalDate deadline = deadlines.deadlineDay(period);
        if (period.firstDay().isAfter(today)) {
          continue;
        }
        if (today.equals(deadline)) {
          due.add(new DueReminder(period, ReminderKind.DEADLINE_DAY, deadline));
        } else if (today.isBefore(deadline) && !today.isBefore(deadline.minusDays(daysBefore))) {
          due.add(new DueReminder(period, ReminderKind.AHEAD, deadline));
        }
      }
    }
    return due;
  }

  /** The periods of {@code cadence} from well before {@code today} up to the one holding it. */
  private static Set<Period> candidates(Cadence cadence, LocalDate today) {
    Set<Period> periods = new LinkedHashSet<>();
    for (LocalDate day = today.minusMonths(MONTHS_BACK);
        !day.isAfter(today);
        day = day.plusMonths(1)) {
      periods.add(Period.containing(cadence, day));
    }
    periods.add(Period.containing(cadence, today));
    return periods;
  }
}
