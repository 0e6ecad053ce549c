package vn.trolycongdoan.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Asks Telegram for updates in a loop ({@code getUpdates} with a long timeout) on one daemon thread and hands each to
 * a consumer, confirming it with the next request's offset. Errors are logged and retried with backoff, forever:
 * Telegram being away for a while must not stop the bot. {@link #close} cancels the waiting request and returns once
 * the thread has ended.
 */
final class LongPolling implements AutoCloseable {

  static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

  private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

  private final TelegramClient client;
  private final OkHttpClient http;
  private final int timeoutSeconds;
  private final RetryPolicy retry;
  private final String token;
  private final Predicate<Update> consumer;
  private final Thread thread;
  private volatile boolean running = true;
  private int offset;

  /**
   * @param client a client over {@code http}, whose read timeout is longer than {@code timeoutSeconds}
   * @param http the HTTP client of {@code client} alone: closing cancels every call it runs
   */
  private LongPolling(TelegramClient client, OkHttpClient http, int timeoutSeconds, RetryPolicy retry, String token,
      Predicate<Update> consumer) {
    this.client = client;
    this.http = http;
    this.timeoutSeconds = timeoutSeconds;
    this.retry = retry;
    this.token = token;
    this.consumer = consumer;
    this.thread = new Thread(this::run, "telegram-polling");
    thread.setDaemon(true);
  }

  /**
   * Starts polling on a client of its own, derived from {@code base} (sharing its connections) but with its own
   * dispatcher and a read timeout longer than the poll's.
   */
  static LongPolling start(OkHttpClient base, String token, TelegramUrl url, Tuning tuning,
      Predicate<Update> consumer) {
    OkHttpClient http = base.newBuilder()
        .dispatcher(new Dispatcher())
        .readTimeout(Duration.ofSeconds(tuning.pollSeconds() + 15L))
        .build();
    LongPolling polling = new LongPolling(new OkHttpTelegramClient(http, token, url), http, tuning.pollSeconds(),
        tuning.retry(), token, consumer);
    polling.thread.start();
    return polling;
  }

  private void run() {
    int failures = 0;
    while (running) {
      List<Update> updates;
      try {
        updates = client.execute(GetUpdates.builder()
            .offset(offset)
            .timeout(timeoutSeconds)
            .limit(100)
            .allowedUpdates(ALLOWED_UPDATES)
            .build());
        failures = 0;
      } catch (TelegramApiException e) {
        if (!running) {
          return;
        }
        failures++;
        ApiFailure failure = ApiFailure.of(e);
        Duration wait = failure.retryAfter() != null ? retry.retryAfter(failure.retryAfter()) : retry.backoff(failures);
        log.warn("Telegram getUpdates failed ({}), asking again in {} ms", failure.describe(token), wait.toMillis());
        if (!pause(wait)) {
          return;
        }
        continue;
      }
      for (Update update : updates) {
        offset = Math.max(offset, update.getUpdateId() + 1);
        if (!consumer.test(update)) {
          return;
        }
      }
    }
  }

  private boolean pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return running;
    } catch (InterruptedException e) {
      return false;
    }
  }

  /** Stops polling; a request that started as it closed is cancelled too, so no HTTP thread outlives it. */
  @Override
  public void close() {
    running = false;
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdown();
    thread.interrupt();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.dispatcher().cancelAll();
    if (thread.isAlive()) {
      log.warn("Telegram polling did not stop within 10 s");
    }
  }
}
