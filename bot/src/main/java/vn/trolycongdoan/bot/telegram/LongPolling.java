package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Takes updates by long polling with TelegramBots' {@link TelegramBotsLongPollingApplication}, on
 * one daemon thread, and hands them to a consumer one by one, in the order Telegram sent them. The
 * library deletes any webhook first, then asks with an offset one above the last update it
 * received, which confirms the ones before. It asks only after the consumer has returned for the
 * whole batch, on the same thread, so an update is confirmed only once the consumer has stored it.
 *
 * <p>A failed poll is retried forever, after the {@code retry_after} of a 429 or the {@link
 * RetryPolicy}'s backoff: Telegram being away for a while must not stop the bot. A consumer that
 * throws is logged and the next update goes on (the library would otherwise stop polling for good);
 * one that returns {@code false} stops polling, leaving the rest of its batch unconfirmed for the
 * next start. {@link #close} cancels the waiting request and returns once the polling thread has
 * ended.
 */
final class LongPolling implements AutoCloseable {

  static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

  private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  private final TelegramBotsLongPollingApplication application;
  private final ScheduledExecutorService thread;
  private final OkHttpClient http;
  private final PollingCalls calls;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LongPolling(
      TelegramBotsLongPollingApplication application,
      ScheduledExecutorService thread,
      OkHttpClient http,
      PollingCalls calls) {
    this.application = application;
    this.thread = thread;
    this.http = http;
    this.calls = calls;
  }

  /**
   * Deletes any webhook and starts polling, on a client of its own derived from {@code base}
   * (sharing its connections) but with its own dispatcher and a read timeout longer than the
   * poll's.
   *
   * @throws TelegramStartException if the webhook cannot be deleted; nothing is left running then
   */
  static LongPolling start(
      OkHttpClient base, String token, TelegramUrl url, Tuning tuning, Predicate<Update> consumer) {
    OkHttpClient http =
        base.newBuilder()
            .dispatcher(new Dispatcher())
            .readTimeout(Duration.ofSeconds(tuning.pollSeconds() + 15L))
            .build();
    PollingBackOff backOff = new PollingBackOff(tuning.retry());
    PollingCalls calls = new PollingCalls(http, backOff, token);
    OkHttpClient libraryHttp = http.newBuilder().addInterceptor(calls).build();
    ScheduledExecutorService thread =
        Executors.newSingleThreadScheduledExecutor(LongPolling::daemon);
    TelegramBotsLongPollingApplication application =
        new TelegramBotsLongPollingApplication(
            ObjectMapper::new, () -> libraryHttp, () -> thread, () -> backOff);
    LongPolling polling = new LongPolling(application, thread, http, calls);
    try {
      application.registerBot(
          token,
          () -> url,
          lastReceived ->
              GetUpdates.builder()
                  .offset(lastReceived + 1)
                  .timeout(tuning.pollSeconds())
                  .limit(100)
                  .allowedUpdates(ALLOWED_UPDATES)
                  .build(),
          updates -> polling.handOver(updates, consumer));
    } catch (TelegramApiException e) {
      polling.close();
      ApiFailure refusal = calls.lastFailure();
      throw new TelegramStartException(
          refusal != null
              ? "Telegram refused to delete the webhook: " + refusal.describe(token)
              : "Cannot delete the webhook at the Telegram Bot API "
                  + url.getSchema()
                  + "://"
                  + url.getHost()
                  + ":"
                  + url.getPort()
                  + ": "
                  + ApiFailure.of(e).describe(token));
    }
    return polling;
  }

  /**
   * Runs on the polling thread; never throws, since an exception would end the library's polling
   * for good.
   */
  private void handOver(List<Update> updates, Predicate<Update> consumer) {
    for (Update update : updates) {
      try {
        if (!consumer.test(update)) {
          log.info("Telegram updates are no longer taken; polling stops");
          thread.shutdown();
          return;
        }
      } catch (RuntimeException e) {
        log.error(
            "Telegram update {} could not be handed over; going on with the next",
            update.getUpdateId(),
            e);
      }
    }
  }

  /**
   * Stops polling: no further request starts, the waiting one is cancelled (and ends as a poll
   * without updates), a backoff wait is interrupted. Returns once the polling thread has ended, at
   * most after a few seconds. Calling it again does nothing.
   *
   * <p>Closing during a backoff wait after a failed poll makes the library log a WARN that its
   * sleep was interrupted; it cannot be told apart from other interrupts.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      application.close();
    } catch (Exception e) {
      log.warn("Telegram long polling did not close cleanly", e);
    }
    calls.stop();
    thread.shutdownNow();
    try {
      if (!thread.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Telegram polling did not stop within {} s", CLOSE_WAIT.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdown();
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "telegram-polling");
    thread.setDaemon(true);
    return thread;
  }
}
