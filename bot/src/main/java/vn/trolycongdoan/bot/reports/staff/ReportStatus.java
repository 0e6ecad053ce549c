package vn.trolycongdoan.bot.reports.staff;

import java.util.Locale;

/**
 * Where a unit expected to report for a period stands: its report came in time or late, or has not
 * come, before the deadline or past it. Units not expected to report (district unions, closed
 * unions) have none.
 */
public enum ReportStatus {
  ON_TIME("Đúng hạn"),
  LATE("Nộp muộn"),
  WAITING("Chưa nộp"),
  OVERDUE("Quá hạn, chưa nộp");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  /** As the API writes it: {@code on_time}, {@code late}, {@code waiting}, {@code overdue}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** As staff read it: "Nộp muộn". */
  public String label() {
    return label;
  }

  /** Whether the unit is flagged: late, or still missing past the deadline. */
  public boolean flagged() {
    return this == LATE || this == OVERDUE;
  }

  /**
   * The status of a unit expected to report.
   *
   * @param reported whether it reported for the period
   * @param onTime whether a report of it came before the deadline
   * @param deadlinePassed whether the deadline has passed
   */
  public static ReportStatus of(boolean reported, boolean onTime, boolean deadlinePassed) {
    if (reported) {
      return onTime ? ON_TIME : LATE;
    }
    return deadlinePassed ? OVERDUE : WAITING;
  }
}
