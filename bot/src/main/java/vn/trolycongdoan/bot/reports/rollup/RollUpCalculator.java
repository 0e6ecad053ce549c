package vn.trolycongdoan.bot.reports.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.catalogue.IndicatorType;
import vn.trolycongdoan.bot.reports.catalogue.RollUp;
import vn.trolycongdoan.bot.reports.catalogue.Target;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.store.StoredValue;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/**
 * Rolls the values units reported up to a unit subtree and a period, by the catalogue's rules.
 *
 * <p>Each unit reports its own figures, not its sub-units'. First each unit's figures of the
 * periods that make up the asked one combine by the indicator's {@link Indicator#overTime} rule
 * (the new members of 2024 are those of both halves; the total members of 2024 are the latest
 * half's). Then the units' figures combine by its {@link Indicator#rollUp} rule: {@code sum},
 * {@code max}, {@code latest} (the figure confirmed last), or the average weighted by each unit's
 * members in the period (its {@link Indicator#weight} indicator rolled up the same way, or taken
 * from the longer period that holds the asked one), leaving out units without members. An indicator
 * whose cadence is longer than the period (a yearly share asked for a half-year) is not rolled up.
 * Pure and thread-safe.
 */
public final class RollUpCalculator {

  private static final int MONEY_SCALE = 0;
  private static final int SHARE_SCALE = 2;

  private final Catalogue catalogue;
  private final UnitTree units;

  public RollUpCalculator(Catalogue catalogue, UnitTree units) {
    this.catalogue = catalogue;
    this.units = units;
  }

  /** The periods whose values {@link #rollUp} needs for {@code period}. */
  public static List<Period> periodsNeeded(Period period) {
    return period.overlapping();
  }

  /**
   * Every indicator that rolls up into {@code period}, in the catalogue's order.
   *
   * @param values the values in force of {@link #periodsNeeded}; values of units outside the
   *     subtree or of other periods are ignored
   */
  public List<RolledUpValue> rollUp(
      OrgUnit subtree, Period period, Collection<StoredValue> values) {
    List<String> codes = units.subtree(subtree).stream().map(OrgUnit::code).toList();
    Figures figures = new Figures(values, Set.copyOf(codes));
    List<RolledUpValue> rolledUp = new ArrayList<>();
    for (Indicator indicator : catalogue.indicators()) {
      if (indicator.cadence().months() <= period.cadence().months()) {
        Optional<Target> target =
            indicator.targets().stream()
                .filter(t -> t.level() == subtree.level() && t.when().appliesTo(period))
                .findFirst();
        rolledUp.add(rollUp(indicator, period, codes, figures, target));
      }
    }
    return rolledUp;
  }

  private RolledUpValue rollUp(
      Indicator indicator,
      Period period,
      List<String> codes,
      Figures figures,
      Optional<Target> target) {
    Map<String, Figure> byUnit = new LinkedHashMap<>();
    for (String unit : codes) {
      figures.ofUnit(unit, indicator, period).ifPresent(figure -> byUnit.put(unit, figure));
    }
    if (indicator.rollUp() == RollUp.MEMBER_WEIGHTED_AVERAGE) {
      return weighted(indicator, period, byUnit, figures, target);
    }
    Optional<BigDecimal> value =
        switch (indicator.rollUp()) {
          case SUM -> byUnit.isEmpty() ? Optional.empty() : Optional.of(sum(byUnit.values()));
          case MAX -> byUnit.values().stream().map(Figure::value).max(Comparator.naturalOrder());
          default ->
              byUnit.values().stream()
                  .max(Comparator.comparing(Figure::receivedAt))
                  .map(Figure::value);
        };
    return new RolledUpValue(indicator, value, byUnit.size(), 0, target);
  }

  private RolledUpValue weighted(
      Indicator indicator,
      Period period,
      Map<String, Figure> byUnit,
      Figures figures,
      Optional<Target> target) {
    Indicator members = catalogue.byCode(indicator.weight()).orElseThrow();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    int used = 0;
    for (Map.Entry<String, Figure> unit : byUnit.entrySet()) {
      Optional<BigDecimal> weight = figures.weightOf(unit.getKey(), members, period);
      if (weight.isPresent() && weight.get().signum() > 0) {
        total = total.add(unit.getValue().value().multiply(weight.get()));
        weights = weights.add(weight.get());
        used++;
      }
    }
    int scale = indicator.type() == IndicatorType.MONEY ? MONEY_SCALE : SHARE_SCALE;
    Optional<BigDecimal> value =
        used == 0
            ? Optional.empty()
            : Optional.of(total.divide(weights, scale, RoundingMode.HALF_UP));
    return new RolledUpValue(indicator, value, used, byUnit.size() - used, target);
  }

  private static BigDecimal sum(Collection<Figure> figures) {
    return figures.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** One unit's figure of one indicator and period, and when it was confirmed. */
  private record Figure(BigDecimal value, Instant receivedAt) {}

  /** The values by unit, indicator and period. */
  private static final class Figures {

    private final Map<String, Figure> byKey = new HashMap<>();

    Figures(Collection<StoredValue> values, Set<String> units) {
      for (StoredValue value : values) {
        if (units.contains(value.unitCode())) {
          byKey.put(
              key(value.unitCode(), value.indicator(), value.period()),
              new Figure(value.value(), value.receivedAt()));
        }
      }
    }

    /** The unit's figures of the parts of {@code period}, combined by the over-time rule. */
    Optional<Figure> ofUnit(String unit, Indicator indicator, Period period) {
      List<Figure> parts = new ArrayList<>();
      for (Period part : period.parts(indicator.cadence())) {
        Figure figure = byKey.get(key(unit, indicator.code(), part));
        if (figure != null) {
          parts.add(figure);
        }
      }
      if (parts.isEmpty()) {
        return Optional.empty();
      }
      Instant last = parts.stream().map(Figure::receivedAt).max(Comparator.naturalOrder()).get();
      return Optional.of(
          switch (indicator.overTime()) {
            case SUM -> new Figure(sum(parts), last);
            case MAX -> parts.stream().max(Comparator.comparing(Figure::value)).get();
            default -> parts.get(parts.size() - 1);
          });
    }

    /** The unit's members in {@code period}, or in the longer period of theirs that holds it. */
    Optional<BigDecimal> weightOf(String unit, Indicator members, Period period) {
      if (members.cadence().months() <= period.cadence().months()) {
        return ofUnit(unit, members, period).map(Figure::value);
      }
      Period holding = Period.containing(members.cadence(), period.firstDay());
      return Optional.ofNullable(byKey.get(key(unit, members.code(), holding))).map(Figure::value);
    }

    private static String key(String unit, String indicator, Period period) {
      return unit + " " + indicator + " " + period;
    }
  }
}
