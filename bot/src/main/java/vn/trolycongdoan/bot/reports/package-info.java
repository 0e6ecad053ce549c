/**
 * Reports by chat: the indicator catalogue, the org-unit tree, reporting periods and their
 * deadlines, the {@code /baocao} parser, the store of confirmed reports, and the roll-up and
 * completeness staff see. The chat commands and the HTTP API build on it.
 */
package vn.trolycongdoan.bot.reports;
