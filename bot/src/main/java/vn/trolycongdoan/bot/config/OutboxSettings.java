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
 * @param paidBroadcast whether bulk messages go as Telegram paid broadcasts ({@code
 *     allow_paid_broadcast}, charged in Stars per message): then they are paced by {@link
 *     #paidMessagesPerSecond} instead of {@link #bulkMessagesPerSecond} and leave {@link
 *     #messagesPerSecond} to the other messages; the per-chat and per-group limits still hold
 * @param paidMessagesPerSecond the most paid bulk messages in any second (Telegram allows 1,000)
 */
public record OutboxSettings(
    int messagesPerSecond,
    int bulkMessagesPerSecond,
    int chatMessagesPerSecond,
    int groupMessagesPerMinute,
    Duration retryFor,
    int senders,
    boolean paidBroadcast,
    int paidMessagesPerSecond) {

  /** Telegram's documented limits, a day of retries, eight messages in flight, no paid sends. */
  public static final OutboxSettings DEFAULT =
      new OutboxSettings(30, 25, 1, 20, Duration.ofHours(24), 8, false, 1000);

  /** The same settings with bulk sent as paid broadcasts, at most {@code perSecond}. */
  public OutboxSettings withPaidBroadcast(int perSecond) {
    return new OutboxSettings(
        messagesPerSecond,
        bulkMessagesPerSecond,
        chatMessagesPerSecond,
        groupMessagesPerMinute,
        retryFor,
        senders,
        true,
        perSecond);
  }

  /** The most bulk messages in any second: the paid rate when paid broadcast is on. */
  public int bulkRate() {
    return paidBroadcast ? paidMessagesPerSecond : bulkMessagesPerSecond;
  }
}
