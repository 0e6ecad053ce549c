package vn.trolycongdoan.bot.telegram;

import java.time.Duration;

/**
 * How hard the adapter retries a Bot API call that failed for a passing reason.
 *
 * @param attempts how many times one call is tried in all, at least 1
 * @param maxRetryAfterSeconds the longest {@code retry_after} of a 429 the adapter waits for; a
 *     longer one gives up
 * @param second how long one second of {@code retry_after} lasts: a real second, shorter in tests
 * @param backoff the wait after the first server or network error, doubled after each further one
 * @param maxBackoff the longest such wait
 */
record RetryPolicy(
    int attempts,
    int maxRetryAfterSeconds,
    Duration second,
    Duration backoff,
    Duration maxBackoff) {

  static final RetryPolicy DEFAULT =
      new RetryPolicy(3, 30, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30));

  RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
    }
  }

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
