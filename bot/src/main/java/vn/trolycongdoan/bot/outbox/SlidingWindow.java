package vn.trolycongdoan.bot.outbox;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * A rate limit kept exactly: at most {@code limit} sends in any window of {@code period}, where a
 * send counts from when it is {@linkplain #take taken} until {@code period} after it {@linkplain
 * #end ended}. Counting from the end (when the answer came back, so after the send reached the
 * server) means the server never sees more than {@code limit} in its own window, however long each
 * send takes on the way; a token bucket would instead give up part of the rate. Times are
 * nanoseconds from one source and never go back. Not thread-safe.
 */
final class SlidingWindow {

  private final int limit;
  private final long periodNanos;
  private final PriorityQueue<Long> ended = new PriorityQueue<>();
  private int inFlight;

  SlidingWindow(int limit, Duration period) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    this.limit = limit;
    this.periodNanos = period.toNanos();
  }

  /** Whether a send taken at {@code now} stays within the limit. */
  boolean allows(long now) {
    expire(now);
    return inFlight + ended.size() < limit;
  }

  /** Counts a send from now on; call only when {@link #allows} said so, and {@link #end} it. */
  void take() {
    inFlight++;
  }

  /** A send {@linkplain #take taken} ended at {@code now}: it counts until {@code period} after. */
  void end(long now) {
    inFlight--;
    ended.add(now);
  }

  /**
   * How long from {@code now} until a send is allowed: zero if it is now, a whole period if only
   * sends still on their way hold the window.
   */
  long nanosUntilAllowed(long now) {
    if (allows(now)) {
      return 0;
    }
    return ended.isEmpty() ? periodNanos : ended.peek() + periodNanos - now;
  }

  /** Whether nothing counts any more, so the window can be forgotten. */
  boolean idle(long now) {
    expire(now);
    return inFlight == 0 && ended.isEmpty();
  }

  private void expire(long now) {
    while (!ended.isEmpty() && now - ended.peek() >= periodNanos) {
      ended.poll();
    }
  }
}
