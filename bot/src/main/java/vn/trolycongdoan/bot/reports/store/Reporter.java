package vn.trolycongdoan.bot.reports.store;

import vn.trolycongdoan.bot.chat.Channel;

/**
 * Who confirmed a report.
 *
 * @param channel where
 * @param userId the person's id on that channel
 * @param displayName the name shown then, possibly empty
 */
public record Reporter(Channel channel, String userId, String displayName) {}
