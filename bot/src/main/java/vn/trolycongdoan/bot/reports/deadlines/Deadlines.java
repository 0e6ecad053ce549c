package vn.trolycongdoan.bot.reports.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.trolycongdoan.bot.config.DeadlineSettings;
import vn.trolycongdoan.bot.config.DeadlineSettings.DueDay;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * The reporting deadlines of the settings: a period's report is due before midnight (Việt Nam time,
 * {@link Period#ZONE}) starting its deadline day, is late from then on, and the period locks for
 * reporters {@link DeadlineSettings#graceDays} days later. With the bundled settings the first
 * half-year of 2024 is due before 20/6/2024 and locks on 5/7/2024. Pure and thread-safe.
 */
public final class Deadlines {

  private final DeadlineSettings settings;

  public Deadlines(DeadlineSettings settings) {
    this.settings = settings;
  }

  /** The first day on which a report of {@code period} is late: 20/6/2024 for 2024-H1. */
  public LocalDate deadlineDay(Period period) {
    DueDay due = dueDay(period);
    return YearMonth.from(period.lastDay()).plusMonths(due.monthsAfter()).atDay(due.day());
  }

  /** The instant from which a report of {@code period} is late. */
  public Instant deadline(Period period) {
    return deadlineDay(period).atStartOfDay(Period.ZONE).toInstant();
  }

  /** Whether a report of {@code period} received at {@code at} is late. */
  public boolean isLate(Period period, Instant at) {
    return !at.isBefore(deadline(period));
  }

  /** The instant from which reporters may no longer report for {@code period}. */
  public Instant lockedFrom(Period period) {
    return deadlineDay(period).plusDays(settings.graceDays()).atStartOfDay(Period.ZONE).toInstant();
  }

  /** Whether {@code period} is locked for reporters at {@code at}; staff may still correct it. */
  public boolean isLocked(Period period, Instant at) {
    return !at.isBefore(lockedFrom(period));
  }

  /** The deadline as people write it: "trước ngày 20/6/2024". */
  public String label(Period period) {
    LocalDate day = deadlineDay(period);
    return "trước ngày " + day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
  }

  private DueDay dueDay(Period period) {
    return switch (period.cadence()) {
      case MONTH -> settings.month();
      case QUARTER -> settings.quarter();
      case HALF_YEAR -> settings.halfYear();
      case YEAR -> settings.year();
    };
  }
}
