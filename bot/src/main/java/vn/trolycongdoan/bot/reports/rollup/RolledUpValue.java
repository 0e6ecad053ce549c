package vn.trolycongdoan.bot.reports.rollup;

import java.math.BigDecimal;
import java.util.Optional;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.catalogue.Target;

/**
 * One indicator of a unit subtree in a period, rolled up by its rules.
 *
 * @param indicator the indicator
 * @param value the rolled-up figure; empty when no unit of the subtree reported it (or, for a
 *     member-weighted average, none that reported it also reported its members)
 * @param units how many units' figures went into it
 * @param unweighted for a member-weighted average, how many units reported the figure but no
 *     members (or 0 members) for the period, and so were left out; 0 otherwise
 * @param target the plans' target for the subtree's level and the period, if any; its {@link
 *     Target#source} is the passage to cite
 */
public record RolledUpValue(
    Indicator indicator,
    Optional<BigDecimal> value,
    int units,
    int unweighted,
    Optional<Target> target) {}
