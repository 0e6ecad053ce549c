package vn.trolycongdoan.bot.reports.staff;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.period.Cadence;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.rollup.Completeness;
import vn.trolycongdoan.bot.reports.rollup.RollUpCalculator;
import vn.trolycongdoan.bot.reports.rollup.RolledUpValue;
import vn.trolycongdoan.bot.reports.store.ReportStore;
import vn.trolycongdoan.bot.reports.store.StoredValue;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

/**
 * The tables staff read for a checked {@link StaffQuery}: the values in force and the roll-up with
 * completeness. Thread-safe; each method reads the store once and throws {@link
 * vn.trolycongdoan.bot.store.StoreException} if it fails.
 */
public final class StaffReports {

  private final ReportStore store;
  private final ReportingFiles files;
  private final RollUpCalculator calculator;

  public StaffReports(ReportStore store, ReportingFiles files) {
    this.store = store;
    this.files = files;
    this.calculator = new RollUpCalculator(files.catalogue(), files.units());
  }

  /**
   * The values in force of the query's subtree for its period and every shorter period within it
   * (the months and quarters of a half-year), each with its late flag.
   */
  public ReportsView reports(StaffQuery query) {
    List<OrgUnit> subtree = files.units().subtree(query.unit());
    Map<String, Integer> unitOrder = new HashMap<>();
    subtree.forEach(unit -> unitOrder.put(unit.code(), unitOrder.size()));
    Map<String, Integer> indicatorOrder = new HashMap<>();
    files
        .catalogue()
        .indicators()
        .forEach(i -> indicatorOrder.put(i.code(), indicatorOrder.size()));
    List<StoredValue> values =
        new ArrayList<>(store.current(unitOrder.keySet(), within(query.period())));
    values.sort(
        Comparator.<StoredValue>comparingInt(v -> unitOrder.get(v.unitCode()))
            .thenComparingInt(v -> indicatorOrder.getOrDefault(v.indicator(), Integer.MAX_VALUE))
            .thenComparing(v -> v.period().firstDay())
            .thenComparingInt(v -> v.period().cadence().months()));
    Map<String, OrgUnit> units = new HashMap<>();
    subtree.forEach(unit -> units.put(unit.code(), unit));
    List<ReportsView.Row> rows =
        values.stream().map(value -> row(value, units.get(value.unitCode()))).toList();
    return new ReportsView(
        query.period().toString(), query.period().label(), unit(query.unit()), rows);
  }

  /** The query's subtree rolled up for its period beside the targets, and its completeness. */
  public RollupView rollup(StaffQuery query) {
    List<String> codes = files.units().subtree(query.unit()).stream().map(OrgUnit::code).toList();
    Period period = query.period();
    List<RolledUpValue> rolledUp =
        calculator.rollUp(
            query.unit(), period, store.current(codes, RollUpCalculator.periodsNeeded(period)));
    Completeness completeness =
        Completeness.of(files.units(), query.unit(), period, store.firstReports(codes, period));
    return new RollupView(
        period.toString(),
        period.label(),
        unit(query.unit()),
        rolledUp.stream().map(StaffReports::figure).toList(),
        new RollupView.Completeness(
            completeness.expected().size(),
            completeness.received().size(),
            completeness.onTime().size(),
            completeness.rate().orElse(null),
            completeness.onTimeRate().orElse(null),
            completeness.missing().stream().map(StaffReports::unit).toList()));
  }

  /** The catalogue's indicator groups, in the order they first appear. */
  public List<String> groups() {
    LinkedHashSet<String> groups = new LinkedHashSet<>();
    files.catalogue().indicators().forEach(indicator -> groups.add(indicator.group()));
    return List.copyOf(groups);
  }

  /** {@code period} and every period of a shorter cadence within it. */
  private static List<Period> within(Period period) {
    List<Period> periods = new ArrayList<>();
    for (Cadence cadence : Cadence.values()) {
      periods.addAll(period.parts(cadence));
    }
    return periods;
  }

  private ReportsView.Row row(StoredValue value, OrgUnit unit) {
    Optional<Indicator> indicator = files.catalogue().byCode(value.indicator());
    return new ReportsView.Row(
        value.unitCode(),
        unit.name(),
        value.period().toString(),
        value.indicator(),
        indicator.map(Indicator::name).orElse(value.indicator()),
        indicator.map(Indicator::group).orElse(StaffTexts.NO_GROUP),
        value.value(),
        indicator.map(Indicator::unitOfMeasure).orElse(""),
        value.late(),
        value.receipt(),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            value.receivedAt().truncatedTo(ChronoUnit.SECONDS).atZone(Period.ZONE)));
  }

  private static RollupView.Figure figure(RolledUpValue rolledUp) {
    Indicator indicator = rolledUp.indicator();
    return new RollupView.Figure(
        indicator.code(),
        indicator.name(),
        indicator.group(),
        indicator.unitOfMeasure(),
        rolledUp.value().orElse(null),
        rolledUp.units(),
        rolledUp.unweighted(),
        rolledUp
            .target()
            .map(
                t ->
                    new RollupView.Target(
                        t.value(),
                        t.written(),
                        t.when().label(),
                        t.source().document(),
                        t.source().section()))
            .orElse(null));
  }

  private static ReportsView.Unit unit(OrgUnit unit) {
    return new ReportsView.Unit(unit.code(), unit.name());
  }
}
