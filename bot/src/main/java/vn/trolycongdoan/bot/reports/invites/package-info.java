/** One-time invite codes that bind a reporter to an org unit, and their storage. */
package vn.trolycongdoan.bot.reports.invites;
