package vn.trolycongdoan.bot.reports.chat;

import java.time.Instant;
import vn.trolycongdoan.bot.chat.Channel;

/**
 * Someone who reports for a unit (registered with an invite code, {@code /dangky}).
 *
 * @param unitCode the unit
 * @param channel where they chat
 * @param userId their id in that channel
 * @param name their display name as the chat last saw them; {@code null} if it never did
 * @param registeredAt when they registered for the unit
 */
public record RegisteredReporter(
    String unitCode, Channel channel, String userId, String name, Instant registeredAt) {}
