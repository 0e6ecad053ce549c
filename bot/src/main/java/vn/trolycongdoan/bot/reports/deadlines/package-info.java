/**
 * When each period's reports are due, when they are late, and when a period locks for reporters.
 */
package vn.trolycongdoan.bot.reports.deadlines;
