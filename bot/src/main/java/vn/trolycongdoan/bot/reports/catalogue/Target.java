package vn.trolycongdoan.bot.reports.catalogue;

import java.math.BigDecimal;
import vn.trolycongdoan.bot.reports.units.UnitLevel;

/**
 * A plan's target for an indicator: the figure each unit of {@code level} should reach (its own and
 * its sub-units' rolled up) in {@code when}.
 *
 * @param level the units the target is set for
 * @param when the periods it applies to
 * @param value the figure, in the indicator's unit of measure
 * @param written the number as the plan writes it, e.g. {@code 24.500} or {@code 05 nhà}; the cited
 *     passage contains it
 * @param source the plan passage that sets the target
 */
public record Target(
    UnitLevel level, TargetPeriod when, BigDecimal value, String written, PlanPassage source) {}
