package vn.trolycongdoan.bot.reports.reminders;

import java.time.LocalDate;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * A reminder due today for every unit that has not reported for {@code period}.
 *
 * @param period the period reported for
 * @param kind which of its reminders
 * @param deadlineDay the first day on which a report of the period is late
 */
public record DueReminder(Period period, ReminderKind kind, LocalDate deadlineDay) {}
