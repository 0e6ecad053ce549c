package vn.trolycongdoan.bot.reports.catalogue;

/** What kind of figure an indicator is. */
public enum IndicatorType {
  /** A whole number of things or people, never negative. */
  COUNT("count"),
  /** An amount in đồng, a whole number. */
  MONEY("money"),
  /** A share from 0 to 100. */
  PERCENT("percent"),
  /** Done or not: 1 for có, 0 for không. */
  YES_NO("yes-no");

  private final String key;

  IndicatorType(String key) {
    this.key = key;
  }

  /** The name the catalogue file uses. */
  public String key() {
    return key;
  }
}
