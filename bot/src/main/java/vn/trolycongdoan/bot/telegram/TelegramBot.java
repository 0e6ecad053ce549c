package vn.trolycongdoan.bot.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.config.TelegramSettings;
import vn.trolycongdoan.bot.members.SubscriberStore;
import vn.trolycongdoan.bot.web.PostRoute;

/**
 * The Telegram bot: takes updates by long polling, or through our own webhook route when a webhook
 * URL is set, and answers them with the chat core. Each update is handled at most once ({@link
 * ProcessedUpdates}); one chat's updates in order, different chats in parallel. {@link #start}
 * registers the command menu and returns once Telegram has accepted the bot; answering then goes on
 * in the background until {@link #close}. Thread-safe.
 */
public final class TelegramBot implements AutoCloseable {

  /** The log line for a service without a token; the web chat works without Telegram. */
  public static final String OFF_MESSAGE =
      "Telegram is off: no bot token set (telegram.bot-token / TELEGRAM_BOT_TOKEN); the web chat still works";

  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

  private final String username;
  private final OkHttpClient http;
  private final ChatExecutor executor;
  private final LongPolling polling;
  private final PostRoute webhookRoute;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TelegramBot(
      String username,
      OkHttpClient http,
      ChatExecutor executor,
      LongPolling polling,
      PostRoute webhookRoute) {
    this.username = username;
    this.http = http;
    this.executor = executor;
    this.polling = polling;
    this.webhookRoute = webhookRoute;
  }

  /** Starts the bot when a token is set; otherwise logs {@link #OFF_MESSAGE} and returns empty. */
  public static Optional<TelegramBot> startIfEnabled(
      TelegramSettings settings,
      ChatHandler chat,
      ProcessedUpdates processed,
      SubscriberStore subscribers) {
    if (!settings.enabled()) {
      log.info(OFF_MESSAGE);
      return Optional.empty();
    }
    return Optional.of(start(settings, chat, processed, subscribers));
  }

  /**
   * Checks the token ({@code getMe}), registers the command menu, then starts long polling (after
   * {@code deleteWebhook}) or, with a webhook URL, calls {@code setWebhook} with a secret token:
   * the configured one, else a random one for this run. In webhook mode the caller must serve
   * {@link #webhookRoute}.
   *
   * @throws IllegalArgumentException if {@code settings} has no token
   * @throws TelegramStartException if Telegram refuses the token or the webhook, or cannot be
   *     reached
   */
  public static TelegramBot start(
      TelegramSettings settings,
      ChatHandler chat,
      ProcessedUpdates processed,
      SubscriberStore subscribers) {
    return start(settings, chat, processed, subscribers, Tuning.DEFAULT);
  }

  static TelegramBot start(
      TelegramSettings settings,
      ChatHandler chat,
      ProcessedUpdates processed,
      SubscriberStore subscribers,
      Tuning tuning) {
    if (!settings.enabled()) {
      throw new IllegalArgumentException("No Telegram bot token set");
    }
    String token = settings.botToken();
    TelegramUrl url = StartupCalls.telegramUrl(settings.apiUrl());
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(30))
            .writeTimeout(Duration.ofSeconds(30))
            .build();
    ChatExecutor executor = new ChatExecutor(tuning.chatThreads());
    try {
      TelegramClient client = new OkHttpTelegramClient(http, token, url);
      StartupCalls calls = new StartupCalls(client, settings);
      String username = calls.getMe().getUserName();
      calls.registerCommands(chat.menu());
      ReplyDelivery delivery =
          new ReplyDelivery(
              new TelegramSender(client, tuning.retry(), token),
              new MessageSplitter(),
              subscribers);
      UpdateProcessor processor =
          new UpdateProcessor(
              botId(token), processed, new UpdateReader(username), chat, delivery, executor);
      if (settings.webhook()) {
        WebhookRoute handler = new WebhookRoute(calls.setWebhook(), processor::submit);
        PostRoute route = new PostRoute(settings.webhookPath(), handler);
        log.info("Telegram bot @{} is on: webhook {}", username, settings.webhookUrl());
        return new TelegramBot(username, http, executor, null, route);
      }
      LongPolling polling = LongPolling.start(http, token, url, tuning, processor::submit);
      log.info("Telegram bot @{} is on: long polling {}", username, settings.apiUrl());
      return new TelegramBot(username, http, executor, polling, null);
    } catch (RuntimeException e) {
      executor.close(Duration.ZERO);
      release(http);
      throw e;
    }
  }

  /** The route Telegram posts updates to, in webhook mode; empty with long polling. */
  public Optional<PostRoute> webhookRoute() {
    return Optional.ofNullable(webhookRoute);
  }

  /** The bot's username as Telegram reported it at start, without {@code @}. */
  public String username() {
    return username;
  }

  /**
   * Stops taking updates, lets the ones already taken finish for a few seconds, and releases
   * threads and connections. Calling it again does nothing. A webhook stays set, so Telegram keeps
   * new updates until the next start.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (polling != null) {
      polling.close();
    }
    if (!executor.close(CLOSE_GRACE)) {
      log.warn("Some Telegram replies were still being sent when the bot stopped");
    }
    release(http);
    log.info("Telegram bot @{} stopped", username);
  }

  static long botId(String token) {
    int colon = token.indexOf(':');
    try {
      return Long.parseLong(colon < 0 ? token : token.substring(0, colon));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("A bot token starts with the bot's numeric id and ':'");
    }
  }

  private static void release(OkHttpClient http) {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
