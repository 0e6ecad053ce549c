package vn.trolycongdoan.bot.reports.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** One indicator as written in the catalogue file, before validation. */
record RawIndicator(
    String code,
    String name,
    String group,
    List<String> aliases,
    String unit,
    String type,
    List<BigDecimal> range,
    String rollup,
    String weight,
    String cadence,
    @JsonProperty("over-time") String overTime,
    List<RawTarget> targets) {

  /** One target as written in the catalogue file, before validation. */
  record RawTarget(
      String level,
      String each,
      String period,
      BigDecimal value,
      String written,
      String document,
      String section) {}
}
