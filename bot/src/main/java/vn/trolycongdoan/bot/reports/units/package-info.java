/** The org-unit tree: province federation, district and sector unions, grassroots unions (CĐCS). */
package vn.trolycongdoan.bot.reports.units;
