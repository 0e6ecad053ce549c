package vn.trolycongdoan.bot.reports.period;

/** How often an indicator is reported. */
public enum Cadence {
  MONTH("month", 12, 1),
  QUARTER("quarter", 4, 3),
  HALF_YEAR("half-year", 2, 6),
  YEAR("year", 1, 12);

  private final String key;
  private final int periodsPerYear;
  private final int months;

  Cadence(String key, int periodsPerYear, int months) {
    this.key = key;
    this.periodsPerYear = periodsPerYear;
    this.months = months;
  }

  /**
   * The name the catalogue file uses: {@code month}, {@code quarter}, {@code half-year}, {@code
   * year}.
   */
  public String key() {
    return key;
  }

  /** How many periods of this cadence a year has: 12, 4, 2 or 1. */
  public int periodsPerYear() {
    return periodsPerYear;
  }

  /** How many months one period spans: 1, 3, 6 or 12. */
  public int months() {
    return months;
  }

  /** The Vietnamese word for the cadence, e.g. "quý", "6 tháng". */
  public String vietnamese() {
    return switch (this) {
      case MONTH -> "tháng";
      case QUARTER -> "quý";
      case HALF_YEAR -> "6 tháng";
      case YEAR -> "năm";
    };
  }
}
