package vn.trolycongdoan.bot.reports.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.rollup.Completeness;
import vn.trolycongdoan.bot.reports.rollup.RollUpCalculator;
import vn.trolycongdoan.bot.reports.rollup.RolledUpValue;
import vn.trolycongdoan.bot.reports.store.ReportStore;
import vn.trolycongdoan.bot.reports.store.StoredValue;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/**
 * Builds the {@link ReportTableView} of a checked {@link StaffQuery}: each unit's figures rolled up
 * by the catalogue's rules (as {@code /api/rollup} rolls up the whole subtree), the late flags of
 * the values and the status of each unit expected to report, on the deadlines of the settings and
 * the clock. Thread-safe; reads the store twice and throws {@link
 * vn.trolycongdoan.bot.store.StoreException} if it fails.
 */
public final class ReportTable {

  private final ReportStore store;
  private final UnitTree units;
  private final RollUpCalculator calculator;
  private final Deadlines deadlines;
  private final Clock clock;

  public ReportTable(ReportStore store, ReportingFiles files, Deadlines deadlines, Clock clock) {
    this.store = store;
    this.units = files.units();
    this.calculator = new RollUpCalculator(files.catalogue(), files.units());
    this.deadlines = deadlines;
    this.clock = clock;
  }

  public ReportTableView table(StaffQuery query) {
    Period period = query.period();
    List<OrgUnit> subtree = units.subtree(query.unit());
    List<String> codes = subtree.stream().map(OrgUnit::code).toList();
    List<StoredValue> values = store.current(codes, RollUpCalculator.periodsNeeded(period));
    Set<String> late = lateValues(values, period);
    Map<String, List<RolledUpValue>> figures = new HashMap<>();
    Set<String> reported = new LinkedHashSet<>();
    for (OrgUnit unit : subtree) {
      List<RolledUpValue> rolledUp = calculator.rollUp(unit, period, values);
      figures.put(unit.code(), rolledUp);
      rolledUp.stream()
          .filter(figure -> figure.value().isPresent())
          .forEach(figure -> reported.add(figure.indicator().code()));
    }
    List<Indicator> columns =
        figures.get(query.unit().code()).stream()
            .map(RolledUpValue::indicator)
            .filter(indicator -> reported.contains(indicator.code()))
            .toList();
    Completeness completeness =
        Completeness.of(units, query.unit(), period, store.firstReports(codes, period));
    Instant now = clock.instant();
    boolean deadlinePassed = deadlines.isLate(period, now);
    List<ReportTableView.UnitRow> rows = new ArrayList<>();
    for (OrgUnit unit : subtree) {
      ReportStatus status = status(unit, completeness, deadlinePassed);
      Set<String> below = new HashSet<>();
      units.subtree(unit).forEach(u -> below.add(u.code()));
      rows.add(
          new ReportTableView.UnitRow(
              unit.code(),
              unit.name(),
              units.depth(unit) - units.depth(query.unit()),
              !units.children(unit).isEmpty(),
              status == null ? null : status.key(),
              status == null ? null : status.label(),
              status != null && status.flagged(),
              cells(columns, figures.get(unit.code()), below, late)));
    }
    return new ReportTableView(
        period.toString(),
        period.label(),
        new ReportsView.Unit(query.unit().code(), query.unit().name()),
        deadlines.label(period),
        deadlinePassed,
        deadlines.isLocked(period, now),
        columns.stream()
            .map(i -> new ReportTableView.Column(i.code(), i.name(), i.group(), i.unitOfMeasure()))
            .toList(),
        rows);
  }

  /** "unit indicator" of each late value for a part of {@code period}. */
  private static Set<String> lateValues(List<StoredValue> values, Period period) {
    Set<String> late = new HashSet<>();
    for (StoredValue value : values) {
      if (value.late() && value.period().cadence().months() <= period.cadence().months()) {
        if (period.parts(value.period().cadence()).contains(value.period())) {
          late.add(value.unitCode() + " " + value.indicator());
        }
      }
    }
    return late;
  }

  private static ReportStatus status(
      OrgUnit unit, Completeness completeness, boolean deadlinePassed) {
    if (!completeness.expected().contains(unit)) {
      return null;
    }
    return ReportStatus.of(
        completeness.received().contains(unit),
        completeness.onTime().contains(unit),
        deadlinePassed);
  }

  private static List<ReportTableView.Cell> cells(
      List<Indicator> columns, List<RolledUpValue> figures, Set<String> below, Set<String> late) {
    Map<String, RolledUpValue> byCode = new HashMap<>();
    figures.forEach(figure -> byCode.put(figure.indicator().code(), figure));
    List<ReportTableView.Cell> cells = new ArrayList<>();
    for (Indicator column : columns) {
      RolledUpValue figure = byCode.get(column.code());
      boolean anyLate = below.stream().anyMatch(code -> late.contains(code + " " + column.code()));
      cells.add(
          new ReportTableView.Cell(
              figure == null ? null : figure.value().orElse(null),
              figure != null && figure.value().isPresent() && anyLate));
    }
    return cells;
  }
}
