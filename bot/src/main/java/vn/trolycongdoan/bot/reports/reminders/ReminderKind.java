package vn.trolycongdoan.bot.reports.reminders;

/** Which of a period's two reminders. Stored by {@link #name()}; never rename a constant. */
public enum ReminderKind {
  /** Days before the deadline ({@code reports.reminders.days-before}). */
  AHEAD,
  /** On the deadline day, from which a report is late. */
  DEADLINE_DAY
}
