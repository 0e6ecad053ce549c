package vn.trolycongdoan.bot.reports.units;

import java.util.Optional;

/** A unit's tier in the union's tree, from its depth: the root is the province federation. */
public enum UnitLevel {
  PROVINCE("province", "LĐLĐ tỉnh"),
  UPPER("upper", "Công đoàn cấp trên trực tiếp cơ sở"),
  GRASSROOTS("grassroots", "Công đoàn cơ sở");

  private final String key;
  private final String vietnamese;

  UnitLevel(String key, String vietnamese) {
    this.key = key;
    this.vietnamese = vietnamese;
  }

  /** The name the operator files use: {@code province}, {@code upper}, {@code grassroots}. */
  public String key() {
    return key;
  }

  /** The tier as Vietnamese readers name it, e.g. "Công đoàn cơ sở". */
  public String vietnamese() {
    return vietnamese;
  }

  /** The level at {@code depth} below the root (0), if the tree has one so deep. */
  static Optional<UnitLevel> atDepth(int depth) {
    return depth >= 0 && depth < values().length ? Optional.of(values()[depth]) : Optional.empty();
  }
}
