package vn.trolycongdoan.bot.reports.catalogue;

/** How the figures of a unit's sub-units combine into the unit's own. */
public enum RollUp {
  /** Added up: members, houses, meetings. */
  SUM("sum"),
  /** The most recently reported figure: something one unit reports for all. */
  LATEST("latest"),
  /** The highest figure. */
  MAX("max"),
  /**
   * The average weighted by each unit's members (the count indicator named by {@link
   * Indicator#weight}): a share of members, a meal value per worker.
   */
  MEMBER_WEIGHTED_AVERAGE("member-weighted-average");

  private final String key;

  RollUp(String key) {
    this.key = key;
  }

  /** The name the catalogue file uses. */
  public String key() {
    return key;
  }
}
