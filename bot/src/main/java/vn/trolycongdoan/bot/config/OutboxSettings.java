package vn.trolycongdoan.bot.config;

import java.time.Duration;

/**
 * How the outbox delivers, per channel.
 *
 * @param messagesPerSecond the most messages the channel sends in any second, every priority
 *     together (Telegram's overall limit is about 30)
 * @param bulkMessagesPerSecond the most bulk messages (broadcast recipients) in any second; replies
 *     use what bulk leaves of {@link #messagesPerSecond}, and go first
 * @param chatMessagesPerSecond the most messages to one chat in any second
 * @param groupMessagesPerMinute the most messages to one group in any minute
 * @param retryFor how long a message that keeps failing for a passing reason (network, 5xx) is
 *     tried before it is given up as failed
 * @param senders how many messages are on their way at once
 */
public record OutboxSettings(
    int messagesPerSecond,
    int bulkMessagesPerSecond,
    int chatMessagesPerSecond,
    int groupMessagesPerMinute,
    Duration retryFor,
    int senders) {

  /** Telegram's documented limits, a day of retries, eight messages in flight. */
  public static final OutboxSettings DEFAULT =
      new OutboxSettings(30, 25, 1, 20, Duration.ofHours(24), 8);
}
