package vn.trolycongdoan.bot.config;

/**
 * When reports are due, per cadence, and how long after its deadline a period stays open to its
 * reporters.
 *
 * @param month the deadline of a month's report
 * @param quarter the deadline of a quarter's report
 * @param halfYear the deadline of a half-year's report
 * @param year the deadline of a year's report
 * @param graceDays how many days after a deadline reporters may still report (their reports are
 *     flagged late); from then on the period is locked for them, staff can still correct it
 */
public record DeadlineSettings(
    DueDay month, DueDay quarter, DueDay halfYear, DueDay year, int graceDays) {

  /**
   * A deadline relative to the period: reports are due before day {@code day} of the month that
   * comes {@code monthsAfter} months after the period's last month ({@code 20} and {@code 0} is
   * "before the 20th of the period's last month", as plan 38/KH-LĐLĐ writes "trước ngày 20/6" for
   * the first half-year).
   *
   * @param day the day of the month, 1–28, so every month has it
   * @param monthsAfter 0 for the period's last month, 1 for the month after, and so on
   */
  public record DueDay(int day, int monthsAfter) {}
}
