/** Reporting periods (month, quarter, half-year, year) as the API and the chat write them. */
package vn.trolycongdoan.bot.reports.period;
