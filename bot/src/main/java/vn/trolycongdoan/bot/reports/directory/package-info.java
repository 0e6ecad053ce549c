/**
 * The dashboard's Đơn vị page without HTTP: the unit tree a staff member sees, the invite codes of
 * its units (made and listed) and who reports for which unit, each scoped to the member's subtree.
 */
package vn.trolycongdoan.bot.reports.directory;
