package vn.trolycongdoan.bot.reports.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.store.FirstReport;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitLevel;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/**
 * Who of a unit subtree has reported for a period. The units expected to report are the subtree's
 * grassroots unions (CĐCS) that exist on at least one day of the period (opened on or before its
 * last day, not closed before its first): a union opened in May is expected for the first
 * half-year, one closed in March of the year before is not. A unit has reported when it stored any
 * value for the period, in time when one of them came before the deadline. Only expected units
 * count as received, so neither rate ever exceeds 100 %. Lists follow the tree's order.
 *
 * @param period the period
 * @param subtree the unit at the top of the subtree
 * @param expected the units expected to report
 * @param received those of them that reported
 * @param onTime those of them that reported in time
 */
public record Completeness(
    Period period,
    OrgUnit subtree,
    List<OrgUnit> expected,
    List<OrgUnit> received,
    List<OrgUnit> onTime) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Completeness {
    expected = List.copyOf(expected);
    received = List.copyOf(received);
    onTime = List.copyOf(onTime);
  }

  /**
   * Counts {@code subtree} for {@code period}.
   *
   * @param reports the units that reported for the period (any unit; others are ignored)
   */
  public static Completeness of(
      UnitTree tree, OrgUnit subtree, Period period, Collection<FirstReport> reports) {
    Map<String, FirstReport> byUnit =
        reports.stream()
            .collect(Collectors.toMap(FirstReport::unitCode, Function.identity(), (a, b) -> a));
    List<OrgUnit> expected =
        tree.subtree(subtree).stream()
            .filter(unit -> unit.level() == UnitLevel.GRASSROOTS)
            .filter(unit -> unit.isOpenBetween(period.firstDay(), period.lastDay()))
            .toList();
    List<OrgUnit> received =
        expected.stream().filter(unit -> byUnit.containsKey(unit.code())).toList();
    List<OrgUnit> onTime =
        received.stream().filter(unit -> byUnit.get(unit.code()).onTime()).toList();
    return new Completeness(period, subtree, expected, received, onTime);
  }

  /** The expected units that have not reported. */
  public List<OrgUnit> missing() {
    Set<OrgUnit> reported = Set.copyOf(received);
    return expected.stream().filter(unit -> !reported.contains(unit)).toList();
  }

  /**
   * The share of expected units that reported, in percent, rounded down to one decimal (100 only
   * when all did); empty when no unit is expected.
   */
  public Optional<BigDecimal> rate() {
    return percent(received.size());
  }

  /** The share of expected units that reported in time, like {@link #rate}. */
  public Optional<BigDecimal> onTimeRate() {
    return percent(onTime.size());
  }

  private Optional<BigDecimal> percent(int count) {
    if (expected.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(count)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(expected.size()), 1, RoundingMode.DOWN));
  }
}
