package vn.trolycongdoan.bot.reports.store;

import java.math.BigDecimal;
import java.time.Instant;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * One value a report set for a unit and period: who changed what, when.
 *
 * @param indicator the indicator's code
 * @param period the period
 * @param previous the value it replaced; {@code null} for the first
 * @param value the value it set
 * @param late whether the report came at or after the period's deadline
 * @param receipt the report's receipt number
 * @param receivedAt when the report was confirmed
 * @param by who confirmed it
 */
public record ValueChange(
    String indicator,
    Period period,
    BigDecimal previous,
    BigDecimal value,
    boolean late,
    String receipt,
    Instant receivedAt,
    Reporter by) {}
