/**
 * The dashboard's overview (Tổng quan): subscribers, questions per day and the share answered,
 * reports of the open period and their completeness, broadcasts under way.
 */
package vn.trolycongdoan.bot.overview;
