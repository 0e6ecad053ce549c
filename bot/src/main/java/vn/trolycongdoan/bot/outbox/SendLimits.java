package vn.trolycongdoan.bot.outbox;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import vn.trolycongdoan.bot.config.OutboxSettings;

/**
 * A channel's rate limits as token buckets: every message takes one token of the overall bucket,
 * one of its chat's bucket and, for a group, one of the group's; a bulk message also one of the
 * bulk bucket, so replies are never held behind bulk. Each bucket holds a tenth of its rate (at
 * least one) and refills the rest over its period, so that no window of that period sees more than
 * the rate. Used by the sender loop only: not thread-safe.
 */
final class SendLimits {

  private static final int PRUNE_ABOVE = 10_000;

  private final OutboxSettings settings;
  private final TimeMeter time;
  private final Predicate<String> isGroup;
  private final Bucket overall;
  private final Bucket bulk;
  private final Map<String, Bucket> chats = new ConcurrentHashMap<>();
  private final Map<String, Bucket> groups = new ConcurrentHashMap<>();

  /**
   * @param isGroup whether a chat id names a group (Telegram: a negative id)
   */
  SendLimits(OutboxSettings settings, TimeMeter time, Predicate<String> isGroup) {
    this.settings = settings;
    this.time = time;
    this.isGroup = isGroup;
    this.overall = bucket(settings.messagesPerSecond(), Duration.ofSeconds(1));
    this.bulk = bucket(settings.bulkMessagesPerSecond(), Duration.ofSeconds(1));
  }

  /** A time meter reading {@code clock}, so that simulated time drives the buckets too. */
  static TimeMeter meter(java.time.Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }

  /** Takes a message's tokens if every bucket has one; otherwise takes none. */
  boolean tryTake(String chatId, Priority priority) {
    List<Bucket> buckets = bucketsOf(chatId, priority);
    for (Bucket bucket : buckets) {
      if (bucket.getAvailableTokens() < 1) {
        return false;
      }
    }
    buckets.forEach(bucket -> bucket.tryConsume(1));
    return true;
  }

  /** How long until a message's buckets all have a token. */
  Duration waitFor(String chatId, Priority priority) {
    long nanos = 0;
    for (Bucket bucket : bucketsOf(chatId, priority)) {
      nanos = Math.max(nanos, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }
    return Duration.ofNanos(nanos);
  }

  private List<Bucket> bucketsOf(String chatId, Priority priority) {
    prune();
    List<Bucket> buckets = new ArrayList<>(4);
    buckets.add(overall);
    if (priority == Priority.BULK) {
      buckets.add(bulk);
    }
    buckets.add(
        chats.computeIfAbsent(
            chatId, chat -> bucket(settings.chatMessagesPerSecond(), Duration.ofSeconds(1))));
    if (isGroup.test(chatId)) {
      buckets.add(
          groups.computeIfAbsent(
              chatId, chat -> bucket(settings.groupMessagesPerMinute(), Duration.ofMinutes(1))));
    }
    return buckets;
  }

  /** Forgets the buckets of chats that have not sent lately (a full bucket is a fresh one). */
  private void prune() {
    if (chats.size() > PRUNE_ABOVE) {
      chats
          .values()
          .removeIf(
              bucket -> bucket.getAvailableTokens() >= capacity(settings.chatMessagesPerSecond()));
      groups
          .values()
          .removeIf(
              bucket -> bucket.getAvailableTokens() >= capacity(settings.groupMessagesPerMinute()));
    }
  }

  private Bucket bucket(int rate, Duration period) {
    long capacity = capacity(rate);
    long refill = Math.max(1, rate - capacity);
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(capacity).refillGreedy(refill, period))
        .withCustomTimePrecision(time)
        .build();
  }

  private static long capacity(int rate) {
    return Math.max(1, rate / 10);
  }
}
