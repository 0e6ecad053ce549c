/**
 * Confirmed reports in the database: stored atomically and once, replaced values kept as history,
 * late flags from the deadlines, and the queries of the roll-up and the staff views.
 */
package vn.trolycongdoan.bot.reports.store;
