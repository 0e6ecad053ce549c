package vn.trolycongdoan.bot.reports.store;

import java.math.BigDecimal;
import java.time.Instant;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * A value in force for a unit, period and indicator, with the report that brought it.
 *
 * @param unitCode the unit
 * @param period the period
 * @param indicator the indicator's code
 * @param value the figure
 * @param late whether the report came at or after the period's deadline
 * @param receipt the report's receipt number
 * @param receivedAt when the report was confirmed
 * @param by who confirmed it
 */
public record StoredValue(
    String unitCode,
    Period period,
    String indicator,
    BigDecimal value,
    boolean late,
    String receipt,
    Instant receivedAt,
    Reporter by) {}
