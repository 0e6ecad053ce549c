/**
 * The indicator catalogue (config/indicators.yaml): what units report, how figures roll up, and the
 * plans' targets with the passages they cite.
 */
package vn.trolycongdoan.bot.reports.catalogue;
