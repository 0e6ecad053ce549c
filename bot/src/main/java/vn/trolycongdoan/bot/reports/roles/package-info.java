/**
 * Who is staff in chat: admins listed in the settings by Telegram user id, and the staff roles they
 * grant with {@code /capquyen}, each scoped to a unit subtree.
 */
package vn.trolycongdoan.bot.reports.roles;
