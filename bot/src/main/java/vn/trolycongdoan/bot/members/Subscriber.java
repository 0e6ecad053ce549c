package vn.trolycongdoan.bot.members;

import java.time.Instant;
import vn.trolycongdoan.bot.chat.Channel;

/**
 * A chat the bot has seen.
 *
 * @param channel the channel
 * @param chatId the chat's id on that channel
 * @param userId the last user who wrote in it
 * @param displayName that user's name as last seen
 * @param subscribed whether campaign messages go to this chat
 * @param blocked whether the channel said the chat blocked the bot (Telegram's 403); cleared when
 *     it writes again
 * @param firstSeen when the chat first wrote
 * @param lastSeen when the chat last wrote
 */
public record Subscriber(
    Channel channel,
    String chatId,
    String userId,
    String displayName,
    boolean subscribed,
    boolean blocked,
    Instant firstSeen,
    Instant lastSeen) {}
