package vn.trolycongdoan.bot.reports.store;

import java.time.Instant;

/**
 * That a unit has reported for a period: when first, and whether any of its reports for it came in
 * time.
 *
 * @param unitCode the unit
 * @param firstReceivedAt when its first report for the period was confirmed
 * @param onTime whether a value for the period came before the period's deadline
 */
public record FirstReport(String unitCode, Instant firstReceivedAt, boolean onTime) {}
