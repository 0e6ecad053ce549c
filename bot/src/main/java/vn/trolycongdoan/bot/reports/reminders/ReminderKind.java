package vn.trolycongdoan.bot.reports.reminders;

/**
 * Which of a period's reminders: the two scheduled ones and the one staff send now. Stored by
 * {@link #name()}; never rename a constant.
 */
public enum ReminderKind {
  /** Days before the deadline ({@code reports.reminders.days-before}). */
  AHEAD,
  /** On the deadline day, from which a report is late. */
  DEADLINE_DAY,
  /**
   * Sent at once by staff from the dashboard ({@link ReminderNow}); one row per unit and period,
   * holding the last time.
   */
  NOW
}
