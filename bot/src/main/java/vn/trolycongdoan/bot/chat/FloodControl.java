package vn.trolycongdoan.bot.chat;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.trolycongdoan.bot.config.FloodLimit;

/**
 * Flood control per user and per client address: each user has a token bucket of {@link
 * FloodLimit#messagesPerMinute}, each address one of {@link FloodLimit#addressMessagesPerMinute},
 * refilled over a minute. The message that finds its bucket empty gets {@link Verdict#WARN} (one
 * polite notice); the user or address is then ignored for {@link FloodLimit#pause}. Other users and
 * addresses are unaffected. Thread-safe; buckets idle for longer than a minute and the pause are
 * forgotten, so memory follows the number of active users.
 */
public final class FloodControl {

  /** What to do with a message. */
  public enum Verdict {
    ALLOW,
    WARN,
    IGNORE
  }

  private static final int SWEEP_EVERY = 1024;

  private final FloodLimit limit;
  private final TimeMeter time;
  private final long forgetAfterNanos;
  private final Map<String, Sender> senders = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();

  /**
   * @param time the clock, {@link TimeMeter#SYSTEM_NANOTIME} in production
   */
  public FloodControl(FloodLimit limit, TimeMeter time) {
    this.limit = limit;
    this.time = time;
    this.forgetAfterNanos = Duration.ofMinutes(1).plus(limit.pause()).toNanos();
  }

  /** Counts a message of {@code user}. */
  public Verdict check(ChatUser user) {
    return check("user:" + user.channel() + ":" + user.userId(), limit.messagesPerMinute());
  }

  /**
   * Counts a message from a client address (e.g. a web chat request's remote address), whatever
   * user or session it claims.
   */
  public Verdict checkAddress(String address) {
    return check("address:" + address, limit.addressMessagesPerMinute());
  }

  private Verdict check(String key, int perMinute) {
    long now = time.currentTimeNanos();
    if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
      senders.values().removeIf(sender -> now - sender.lastSeenNanos > forgetAfterNanos);
    }
    Sender sender = senders.computeIfAbsent(key, unused -> new Sender(newBucket(perMinute)));
    return sender.check(now, limit.pause().toNanos());
  }

  private Bucket newBucket(int perMinute) {
    return Bucket.builder()
        .addLimit(
            bandwidth ->
                bandwidth.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
        .withCustomTimePrecision(time)
        .build();
  }

  /** One user's or address's bucket and pause. */
  private static final class Sender {

    private final Bucket bucket;
    private long pausedUntilNanos;
    private boolean paused;
    private volatile long lastSeenNanos;

    Sender(Bucket bucket) {
      this.bucket = bucket;
    }

    synchronized Verdict check(long now, long pauseNanos) {
      lastSeenNanos = now;
      if (paused && now - pausedUntilNanos < 0) {
        return Verdict.IGNORE;
      }
      paused = false;
      if (bucket.tryConsume(1)) {
        return Verdict.ALLOW;
      }
      paused = true;
      pausedUntilNanos = now + pauseNanos;
      return Verdict.WARN;
    }
  }
}
