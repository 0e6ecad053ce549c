/**
 * The reporter's chat: {@code /dangky} binds a person to a unit, {@code /baocao} reads, echoes and
 * on ✅ Xác nhận stores a report, {@code /xem} and {@code /lichsu} show a unit's figures and
 * changes. Staff ({@link vn.trolycongdoan.bot.reports.roles.StaffRoles}) do the same for any unit
 * of their subtree they name, also in a period locked for its reporters.
 */
package vn.trolycongdoan.bot.reports.chat;
