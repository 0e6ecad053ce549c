package vn.trolycongdoan.bot.telegram;

import java.time.Duration;

/**
 * How long polling waits after a failed {@code getUpdates}, or after a failure to store what it
 * got. (Sending is retried by the outbox, on its own clock.)
 *
 * @param second how long one second of {@code retry_after} lasts: a real second, shorter in tests
 * @param backoff the wait after the first server, network or database error, doubled after each
 *     further one
 * @param maxBackoff the longest such wait
 */
record RetryPolicy(Duration second, Duration backoff, Duration maxBackoff) {

  static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30));

  /** The wait a 429 asked for, at least one second of this policy. */
  Duration retryAfter(int seconds) {
    return second.multipliedBy(Math.max(1, seconds));
  }

  /** The wait after the {@code failures}-th error in a row (1 for the first). */
  Duration backoff(int failures) {
    Duration wait = backoff.multipliedBy(1L << Math.min(failures - 1, 20));
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
