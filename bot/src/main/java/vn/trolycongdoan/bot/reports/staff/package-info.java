/**
 * What staff see over HTTP: bearer tokens scoped to a unit subtree, and the tables of reported
 * values, roll-ups and completeness they may read, as JSON-ready records, CSV and XLSX.
 */
package vn.trolycongdoan.bot.reports.staff;
