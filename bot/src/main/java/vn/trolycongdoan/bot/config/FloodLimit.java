package vn.trolycongdoan.bot.config;

import java.time.Duration;

/**
 * Flood control of the chat, per sender and per client address.
 *
 * @param messagesPerMinute the most messages one user (one web chat session) may send in a minute
 * @param addressMessagesPerMinute the most web chat messages one client address may send in a
 *     minute, whatever sessions they come from, so that new sessions do not get around {@link
 *     #messagesPerMinute}
 * @param pause how long a user or address who sent more is ignored after one polite notice
 */
public record FloodLimit(int messagesPerMinute, int addressMessagesPerMinute, Duration pause) {}
