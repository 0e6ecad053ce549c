package vn.trolycongdoan.bot.telegram;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.config.TelegramSettings;
import vn.trolycongdoan.bot.web.PostRoute;

/**
 * Starts the {@link TelegramBot} without holding up the rest of the service: when Telegram cannot
 * be reached or refuses the token or the webhook at start, the web chat and the API keep running, a
 * WARN line says why and when the next try is, and the start is retried in the background (after
 * {@value #FIRST_RETRY_SECONDS} s, then twice as long each time, at most every {@value
 * #LONGEST_RETRY_SECONDS} s) until it succeeds or {@link #close}. In webhook mode the route is
 * served from the first moment and answers 503 until the bot is on, so Telegram retries those
 * updates. Thread-safe.
 */
public final class TelegramLauncher implements AutoCloseable {

  static final int FIRST_RETRY_SECONDS = 15;
  static final int LONGEST_RETRY_SECONDS = 600;

  private static final Logger log = LoggerFactory.getLogger(TelegramLauncher.class);

  private final Supplier<TelegramBot> start;
  private final Duration firstRetry;
  private final Duration longestRetry;
  private final ScheduledExecutorService retries;
  private TelegramBot bot;
  private boolean closed;

  private TelegramLauncher(
      Supplier<TelegramBot> start, Duration firstRetry, Duration longestRetry) {
    this.start = start;
    this.firstRetry = firstRetry;
    this.longestRetry = longestRetry;
    this.retries =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "telegram-start");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Starts the bot now if a token is set (logging {@link TelegramBot#OFF_MESSAGE} otherwise), or
   * keeps trying in the background if that fails.
   *
   * @param start starts the bot, e.g. {@code () -> TelegramBot.start(…)}; called again for each
   *     try, on a background thread after the first; throws {@link TelegramStartException} when
   *     Telegram cannot be reached or refuses
   */
  public static TelegramLauncher launch(TelegramSettings settings, Supplier<TelegramBot> start) {
    return launch(
        settings,
        start,
        Duration.ofSeconds(FIRST_RETRY_SECONDS),
        Duration.ofSeconds(LONGEST_RETRY_SECONDS));
  }

  static TelegramLauncher launch(
      TelegramSettings settings,
      Supplier<TelegramBot> start,
      Duration firstRetry,
      Duration longestRetry) {
    TelegramLauncher launcher = new TelegramLauncher(start, firstRetry, longestRetry);
    if (settings.enabled()) {
      launcher.attempt(firstRetry);
    } else {
      log.info(TelegramBot.OFF_MESSAGE);
      launcher.retries.shutdown();
    }
    return launcher;
  }

  /** The bot, once it is on. */
  public synchronized Optional<TelegramBot> bot() {
    return Optional.ofNullable(bot);
  }

  /**
   * In webhook mode, the route Telegram posts to: the bot's once it is on, a JSON 503 before; empty
   * with long polling or without a token.
   */
  public static Optional<PostRoute> webhookRoute(
      TelegramSettings settings, TelegramLauncher launcher) {
    if (!settings.enabled() || !settings.webhook()) {
      return Optional.empty();
    }
    return Optional.of(new PostRoute(settings.webhookPath(), launcher::handleWebhook));
  }

  private void handleWebhook(Context ctx) throws Exception {
    Optional<PostRoute> route = bot().flatMap(TelegramBot::webhookRoute);
    if (route.isPresent()) {
      route.get().handler().handle(ctx);
      return;
    }
    ctx.header("Retry-After", "60");
    ctx.status(503).json(Map.of("error", "Bot Telegram chưa khởi động xong."));
  }

  private void attempt(Duration nextWait) {
    synchronized (this) {
      if (closed) {
        return;
      }
    }
    try {
      TelegramBot started = start.get();
      boolean keep;
      synchronized (this) {
        keep = !closed;
        if (keep) {
          bot = started;
        }
      }
      if (!keep) {
        started.close();
      }
    } catch (TelegramStartException e) {
      log.warn(
          "Telegram is not on yet: {}; the web chat and the API keep running; next try in {} s",
          e.getMessage(),
          nextWait.toSeconds());
      Duration after = nextWait.multipliedBy(2);
      schedule(nextWait, after.compareTo(longestRetry) > 0 ? longestRetry : after);
    }
  }

  private synchronized void schedule(Duration wait, Duration waitAfter) {
    if (!closed) {
      retries.schedule(() -> attempt(waitAfter), wait.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Stops retrying and closes the bot if it is on. Calling it again does nothing. */
  @Override
  public void close() {
    TelegramBot running;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      running = bot;
    }
    retries.shutdownNow();
    if (running != null) {
      running.close();
    }
  }
}
