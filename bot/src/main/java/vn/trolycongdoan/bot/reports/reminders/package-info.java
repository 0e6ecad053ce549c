/** Reminders to the reporters of units that have not reported, days before a deadline and on it. */
package vn.trolycongdoan.bot.reports.reminders;
