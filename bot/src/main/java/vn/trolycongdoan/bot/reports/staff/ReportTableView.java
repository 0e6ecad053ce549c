package vn.trolycongdoan.bot.reports.staff;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit subtree's figures for a period as a table: one row per unit of the subtree in the tree's
 * order, one column per indicator that any of them reported, each cell the unit's figure rolled up
 * over its own subtree (a district's row holds its unions' total) with its late flag, and each unit
 * expected to report with its {@link ReportStatus}.
 *
 * @param period the period, in the API form
 * @param periodLabel the period as people write it
 * @param unit the unit at the top of the subtree
 * @param deadline the deadline as people write it ("trước ngày 20/6/2024")
 * @param deadlinePassed whether a report received now is late
 * @param locked whether the period is locked for reporters
 * @param indicators the columns, in the catalogue's order
 * @param units the rows
 */
public record ReportTableView(
    String period,
    String periodLabel,
    ReportsView.Unit unit,
    String deadline,
    boolean deadlinePassed,
    boolean locked,
    List<Column> indicators,
    List<UnitRow> units) {

  public ReportTableView {
    indicators = List.copyOf(indicators);
    units = List.copyOf(units);
  }

  /** An indicator, by code, name, group and unit of measure. */
  public record Column(String code, String name, String group, String unitOfMeasure) {}

  /**
   * One unit.
   *
   * @param depth how far below the subtree's top it is, 0 for the top
   * @param total whether it has units below it, so its cells are totals
   * @param status for a unit expected to report, its status key ({@link ReportStatus#key}); {@code
   *     null} otherwise
   * @param statusLabel the status as staff read it, {@code null} likewise
   * @param late whether the status is flagged (late, or missing past the deadline)
   * @param cells one per column, in order
   */
  public record UnitRow(
      String code,
      String name,
      int depth,
      boolean total,
      String status,
      String statusLabel,
      boolean late,
      List<Cell> cells) {

    public UnitRow {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One figure.
   *
   * @param value the figure, {@code null} when the unit's subtree reported none
   * @param late whether a value that went into it came at or after the deadline
   */
  public record Cell(BigDecimal value, boolean late) {}
}
