/**
 * Reports by chat: the indicator catalogue, the org-unit tree, reporting periods and the {@code
 * /baocao} parser. Pure logic; storage and the chat commands build on it.
 */
package vn.trolycongdoan.bot.reports;
