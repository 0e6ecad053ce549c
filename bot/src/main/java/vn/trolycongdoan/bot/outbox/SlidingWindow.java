package vn.trolycongdoan.bot.outbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A rate limit kept exactly: at most {@code limit} takes in any window of {@code period} (a take at
 * {@code t} counts until {@code t + period}, not at it), by remembering the times of the takes
 * still in the window. Lets a full {@code limit} through in each period, bursts included, where a
 * token bucket would have to give some of the rate up to keep every window within it. Times are
 * nanoseconds from one source and never go back. Not thread-safe.
 */
final class SlidingWindow {

  private final int limit;
  private final long periodNanos;
  private final Deque<Long> takes = new ArrayDeque<>();

  SlidingWindow(int limit, Duration period) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    this.limit = limit;
    this.periodNanos = period.toNanos();
  }

  /** Whether a take at {@code now} stays within the limit. */
  boolean allows(long now) {
    expire(now);
    return takes.size() < limit;
  }

  /** Counts a take at {@code now}; call only when {@link #allows} said so. */
  void take(long now) {
    takes.addLast(now);
  }

  /** How long from {@code now} until a take is allowed: zero if it is now. */
  long nanosUntilAllowed(long now) {
    expire(now);
    return takes.size() < limit ? 0 : takes.peekFirst() + periodNanos - now;
  }

  /** Whether no take is in the window any more, so the window can be forgotten. */
  boolean idle(long now) {
    expire(now);
    return takes.isEmpty();
  }

  private void expire(long now) {
    while (!takes.isEmpty() && now - takes.peekFirst() >= periodNanos) {
      takes.pollFirst();
    }
  }
}
