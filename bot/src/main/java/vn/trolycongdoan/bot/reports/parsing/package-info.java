/**
 * The {@code /baocao} message parser: unit, period and {@code CODE=VALUE} pairs as people type
 * them, read into a draft report or a list of specific Vietnamese problems. Pure: no storage, no
 * chat adapter.
 */
package vn.trolycongdoan.bot.reports.parsing;
