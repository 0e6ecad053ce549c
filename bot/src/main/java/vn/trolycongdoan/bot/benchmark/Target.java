package vn.trolycongdoan.bot.benchmark;

import java.util.Locale;

/**
 * A figure the README promises, and whether a measurement meets it.
 *
 * @param atLeast whether the measurement must reach {@code limit} (throughput) rather than stay
 *     within it (time, memory)
 */
record Target(double limit, boolean atLeast, String unit) {

  static Target atLeast(double limit, String unit) {
    return new Target(limit, true, unit);
  }

  static Target atMost(double limit, String unit) {
    return new Target(limit, false, unit);
  }

  boolean met(double measured) {
    return atLeast ? measured >= limit : measured <= limit;
  }

  /** E.g. {@code mục tiêu ≥ 3,000 yêu cầu/s: ĐẠT}. */
  String verdict(double measured) {
    return String.format(
        Locale.ROOT,
        "mục tiêu %s %,.0f %s: %s",
        atLeast ? "≥" : "≤",
        limit,
        unit,
        met(measured) ? "ĐẠT" : "CHƯA ĐẠT");
  }
}
