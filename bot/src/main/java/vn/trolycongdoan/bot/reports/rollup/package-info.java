/**
 * What staff see of a unit subtree and a period: each indicator rolled up beside its target, and
 * which units have reported. Pure logic over the stored values.
 */
package vn.trolycongdoan.bot.reports.rollup;
