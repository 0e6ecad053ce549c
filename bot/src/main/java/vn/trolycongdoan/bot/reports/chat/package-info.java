/**
 * The reporter's chat: {@code /dangky} binds a person to a unit, {@code /baocao} reads, echoes and
 * on ✅ Xác nhận stores a report, {@code /xem} and {@code /lichsu} show a unit's figures and
 * changes.
 */
package vn.trolycongdoan.bot.reports.chat;
