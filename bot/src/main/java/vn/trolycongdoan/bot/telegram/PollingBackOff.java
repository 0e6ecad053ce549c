package vn.trolycongdoan.bot.telegram;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * How long TelegramBots' long polling waits after a failed {@code getUpdates}: the {@code
 * retry_after} of a 429 when Telegram sent one, else the {@link RetryPolicy}'s doubling backoff.
 * The library never reads {@code retry_after} itself, so {@link PollingCalls} hands it over through
 * {@link #retryAfter} before the library asks for the wait. There is no last attempt: polling goes
 * on until it is closed. Thread-safe.
 */
final class PollingBackOff implements BackOff {

  private final RetryPolicy retry;
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicReference<Integer> retryAfter = new AtomicReference<>();

  PollingBackOff(RetryPolicy retry) {
    this.retry = retry;
  }

  /** Makes the next wait the {@code retry_after} Telegram asked for, in seconds. */
  void retryAfter(int seconds) {
    retryAfter.set(seconds);
  }

  /** Called by the library after each successful {@code getUpdates}. */
  @Override
  public void reset() {
    failures.set(0);
    retryAfter.set(null);
  }

  /**
   * Called by the library after a failed {@code getUpdates}; it sleeps this long before asking
   * again.
   */
  @Override
  public long nextBackOffMillis() {
    int failure = failures.updateAndGet(count -> count == Integer.MAX_VALUE ? count : count + 1);
    Integer seconds = retryAfter.getAndSet(null);
    return (seconds != null ? retry.retryAfter(seconds) : retry.backoff(failure)).toMillis();
  }
}
