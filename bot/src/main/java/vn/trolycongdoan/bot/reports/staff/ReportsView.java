package vn.trolycongdoan.bot.reports.staff;

import java.math.BigDecimal;
import java.util.List;

/**
 * The values in force of a unit subtree for a period and the periods within it, as {@code GET
 * /api/reports} answers them and the exports write them.
 *
 * @param period the period asked, in the API form ({@code 2024-H1})
 * @param periodLabel the period as people write it ("6 tháng đầu năm 2024")
 * @param unit the unit at the top of the subtree
 * @param rows one per unit, period and indicator: units in the tree's order, then indicators in the
 *     catalogue's, then periods from the earliest
 */
public record ReportsView(String period, String periodLabel, Unit unit, List<Row> rows) {

  public ReportsView {
    rows = List.copyOf(rows);
  }

  /** A unit by code and name. */
  public record Unit(String code, String name) {}

  /**
   * One value in force.
   *
   * @param unitCode the unit that reported it
   * @param unitName its name
   * @param period the period it is for, in the API form
   * @param indicator the indicator's code
   * @param indicatorName its name
   * @param group its group (the export's sheet)
   * @param value the figure
   * @param unitOfMeasure as shown after the figure
   * @param late whether it came at or after the period's deadline
   * @param receipt the receipt of the report that brought it
   * @param receivedAt when that report was confirmed, ISO 8601 in Việt Nam time ({@code
   *     2024-06-10T09:30:00+07:00})
   */
  public record Row(
      String unitCode,
      String unitName,
      String period,
      String indicator,
      String indicatorName,
      String group,
      BigDecimal value,
      String unitOfMeasure,
      boolean late,
      String receipt,
      String receivedAt) {}
}
