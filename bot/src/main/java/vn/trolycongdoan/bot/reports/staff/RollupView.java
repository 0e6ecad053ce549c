package vn.trolycongdoan.bot.reports.staff;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit subtree's figures for a period rolled up beside their targets, and who has reported, as
 * {@code GET /api/rollup} answers them. Absent figures and rates are {@code null}.
 *
 * @param period the period, in the API form
 * @param periodLabel the period as people write it
 * @param unit the unit at the top of the subtree
 * @param indicators every indicator that rolls up into the period, in the catalogue's order
 * @param completeness the expected units, those received and in time
 */
public record RollupView(
    String period,
    String periodLabel,
    ReportsView.Unit unit,
    List<Figure> indicators,
    Completeness completeness) {

  public RollupView {
    indicators = List.copyOf(indicators);
  }

  /**
   * One indicator rolled up.
   *
   * @param value the figure, {@code null} when no unit reported it
   * @param units how many units' figures went into it
   * @param unweighted for a member-weighted average, the units left out for lack of members
   * @param target the plans' target for the subtree's level and the period, or {@code null}
   */
  public record Figure(
      String code,
      String name,
      String group,
      String unitOfMeasure,
      BigDecimal value,
      int units,
      int unweighted,
      Target target) {}

  /**
   * A target and the plan passage it comes from.
   *
   * @param written the number as the plan writes it
   * @param when the periods it applies to ("mỗi năm", "năm 2028")
   * @param document the cited document's id in the knowledge base
   * @param section the cited section within it
   */
  public record Target(
      BigDecimal value, String written, String when, String document, String section) {}

  /**
   * Who of the subtree has reported.
   *
   * @param rate percent of expected units that reported, {@code null} when none is expected
   * @param onTimeRate percent that reported in time, likewise
   * @param missing the expected units that have not reported, in the tree's order
   */
  public record Completeness(
      int expected,
      int received,
      int onTime,
      BigDecimal rate,
      BigDecimal onTimeRate,
      List<ReportsView.Unit> missing) {}
}
