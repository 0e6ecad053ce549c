package vn.trolycongdoan.bot.outbox;

import java.time.Duration;

/**
 * Spreads sends evenly: one every {@code period / limit} on a schedule, where a send that comes
 * late (the sender woke a little after its time) keeps the schedule as long as it is at most {@code
 * catchUp} late, so that small delays do not add up and the rate is kept. Over any time {@code t}
 * at most {@code (t + catchUp) * limit / period + 1} sends pass; a {@link SlidingWindow} beside it
 * keeps the exact limit per period. Times are nanoseconds from one source and never go back. Not
 * thread-safe.
 */
final class Spacing {

  private final long gapNanos;
  private final long catchUpNanos;
  private long next = Long.MIN_VALUE;

  Spacing(int limit, Duration period, Duration catchUp) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    this.gapNanos = period.toNanos() / limit;
    this.catchUpNanos = catchUp.toNanos();
  }

  /** Whether a send at {@code now} keeps to the schedule. */
  boolean allows(long now) {
    return next == Long.MIN_VALUE || now >= next;
  }

  /** Counts a send at {@code now}; call only when {@link #allows} said so. */
  void take(long now) {
    long scheduled = next == Long.MIN_VALUE ? now : Math.max(next, now - catchUpNanos);
    next = scheduled + gapNanos;
  }

  /** How long from {@code now} until a send keeps to the schedule. */
  long nanosUntilAllowed(long now) {
    return allows(now) ? 0 : next - now;
  }
}
