package vn.trolycongdoan.bot.config;

import java.time.Duration;

/**
 * Per-user flood control of the chat.
 *
 * @param messagesPerMinute the most messages one user may send in a minute
 * @param pause how long a user who sent more is ignored after one polite notice
 */
public record FloodLimit(int messagesPerMinute, Duration pause) {}
