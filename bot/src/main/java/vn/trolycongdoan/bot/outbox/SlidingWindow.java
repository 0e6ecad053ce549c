package vn.trolycongdoan.bot.outbox;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * A rate limit kept exactly: at most {@code limit} sends in any window of {@code period}. A window
 * that mirrors a server's limit counts a send from when it {@linkplain #end ended} (the answer came
 * back, so after the send reached the server), and holds its place while it is on its way: the
 * server then never sees more than {@code limit} in its own window, however long each send takes. A
 * window of the service's own pacing, below a server limit, counts a send from when it was
 * {@linkplain #take taken}, so that it lets its whole rate through. Times are nanoseconds from one
 * source and never go back. Not thread-safe.
 */
final class SlidingWindow {

  private final int limit;
  private final long periodNanos;
  private final boolean fromEnd;
  private final PriorityQueue<Long> counted = new PriorityQueue<>();
  private int inFlight;

  /** A window that counts sends from when they end: for a server's limit. */
  static SlidingWindow fromEnd(int limit, Duration period) {
    return new SlidingWindow(limit, period, true);
  }

  /** A window that counts sends from when they are taken: for the service's own pacing. */
  static SlidingWindow fromTake(int limit, Duration period) {
    return new SlidingWindow(limit, period, false);
  }

  private SlidingWindow(int limit, Duration period, boolean fromEnd) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    this.limit = limit;
    this.periodNanos = period.toNanos();
    this.fromEnd = fromEnd;
  }

  /** Whether a send taken at {@code now} stays within the limit. */
  boolean allows(long now) {
    expire(now);
    return inFlight + counted.size() < limit;
  }

  /**
   * Counts a send taken at {@code now}; call only when {@link #allows} said so, then {@link #end}.
   */
  void take(long now) {
    if (fromEnd) {
      inFlight++;
    } else {
      counted.add(now);
    }
  }

  /** A send {@linkplain #take taken} ended at {@code now}. */
  void end(long now) {
    if (fromEnd) {
      inFlight--;
      counted.add(now);
    }
  }

  /**
   * How long from {@code now} until a send is allowed: zero if it is now, a whole period if only
   * sends still on their way hold the window.
   */
  long nanosUntilAllowed(long now) {
    if (allows(now)) {
      return 0;
    }
    return counted.isEmpty() ? periodNanos : counted.peek() + periodNanos - now;
  }

  /** Whether nothing counts any more, so the window can be forgotten. */
  boolean idle(long now) {
    expire(now);
    return inFlight == 0 && counted.isEmpty();
  }

  private void expire(long now) {
    while (!counted.isEmpty() && now - counted.peek() >= periodNanos) {
      counted.poll();
    }
  }
}
