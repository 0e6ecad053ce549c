package vn.trolycongdoan.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.config.OutboxSettings;
import vn.trolycongdoan.bot.config.TelegramSettings;
import vn.trolycongdoan.bot.inbox.InboxDispatcher;
import vn.trolycongdoan.bot.inbox.InboxWriter;
import vn.trolycongdoan.bot.inbox.SqliteInbox;
import vn.trolycongdoan.bot.members.SubscriberStore;
import vn.trolycongdoan.bot.outbox.Foreground;
import vn.trolycongdoan.bot.outbox.OutboxSender;
import vn.trolycongdoan.bot.outbox.Sleeper;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.web.PostRoute;

/**
 * The Telegram bot: takes updates by long polling, or through our own webhook route when a webhook
 * URL is set, stores each in the inbox before Telegram is told it arrived, answers it with the chat
 * core from there (one chat's updates in order, chats in parallel; each once, even if Telegram
 * sends it again) and delivers the replies through the outbox. {@link #start} registers the command
 * menu and returns once Telegram has accepted the bot; answering then goes on in the background
 * until {@link #close}. Thread-safe.
 */
public final class TelegramBot implements AutoCloseable {

  /** The log line for a service without a token; the web chat works without Telegram. */
  public static final String OFF_MESSAGE =
      "Telegram is off: no bot token set (telegram.bot-token / TELEGRAM_BOT_TOKEN); the web chat still works";

  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

  /** Telegram keeps an update for at most a day; remembering handled ones for a week is ample. */
  private static final Duration REMEMBER_UPDATES = Duration.ofDays(7);

  /** Delivered (or given up) messages are kept a month, for questions about what was sent. */
  private static final Duration REMEMBER_SENT = Duration.ofDays(30);

  private final String username;
  private final OkHttpClient http;
  private final InboxDispatcher dispatcher;
  private final OutboxSender sender;
  private final LongPolling polling;
  private final PostRoute webhookRoute;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TelegramBot(
      String username,
      OkHttpClient http,
      InboxDispatcher dispatcher,
      OutboxSender sender,
      LongPolling polling,
      PostRoute webhookRoute) {
    this.username = username;
    this.http = http;
    this.dispatcher = dispatcher;
    this.sender = sender;
    this.polling = polling;
    this.webhookRoute = webhookRoute;
  }

  /**
   * Checks the token ({@code getMe}), registers the command menu, starts the outbox sender and
   * hands over the updates a previous run left pending, then starts long polling (after {@code
   * deleteWebhook}) or, with a webhook URL, calls {@code setWebhook} with a secret token: the
   * configured one, else a random one for this run. In webhook mode the caller must serve {@link
   * #webhookRoute}.
   *
   * @param foreground the members' work (answering their messages) that new bulk sends wait for
   * @throws IllegalArgumentException if {@code settings} has no token
   * @throws TelegramStartException if Telegram refuses the token or the webhook, or cannot be
   *     reached
   */
  public static TelegramBot start(
      TelegramSettings settings,
      OutboxSettings outbox,
      ChatHandler chat,
      Database database,
      SubscriberStore subscribers,
      Foreground foreground) {
    return start(settings, outbox, chat, database, subscribers, foreground, Tuning.DEFAULT);
  }

  static TelegramBot start(
      TelegramSettings settings,
      OutboxSettings outboxSettings,
      ChatHandler chat,
      Database database,
      SubscriberStore subscribers,
      Foreground foreground,
      Tuning tuning) {
    if (!settings.enabled()) {
      throw new IllegalArgumentException("No Telegram bot token set");
    }
    String token = settings.botToken();
    long botId = botId(token);
    TelegramUrl url = StartupCalls.telegramUrl(settings.apiUrl());
    // TelegramBots sends every call through OkHttp's dispatcher, which lets only 5 run at once to
    // one host by default: fewer than the outbox's senders. They bound the sends in flight instead.
    Dispatcher callsAtOnce = new Dispatcher();
    callsAtOnce.setMaxRequestsPerHost(callsAtOnce.getMaxRequests());
    OkHttpClient http =
        new OkHttpClient.Builder()
            .dispatcher(callsAtOnce)
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(30))
            .writeTimeout(Duration.ofSeconds(30))
            .build();
    Clock clock = Clock.systemUTC();
    SqliteInbox inbox = new SqliteInbox(database, clock);
    SqliteOutbox outbox = new SqliteOutbox(database, clock);
    inbox.pruneHandledBefore(clock.instant().minus(REMEMBER_UPDATES));
    outbox.pruneFinishedBefore(clock.instant().minus(REMEMBER_SENT));
    OutboxSender sender = null;
    InboxDispatcher dispatcher = null;
    try {
      TelegramClient client = new OkHttpTelegramClient(http, token, url);
      StartupCalls calls = new StartupCalls(client, settings);
      String username = calls.getMe().getUserName();
      calls.registerCommands(chat.menu());
      sender =
          new OutboxSender(
                  Channel.TELEGRAM,
                  outbox,
                  new TelegramTransport(
                      client, token, tuning.retry(), outboxSettings.paidBroadcast()),
                  outboxSettings,
                  chatId -> chatId.startsWith("-"),
                  subscribers::markBlocked,
                  foreground,
                  clock,
                  Sleeper.system())
              .start();
      TelegramUpdates handler =
          new TelegramUpdates(
              new UpdateReader(username),
              chat,
              new TelegramReplies(),
              new PressAnswers(client, token));
      dispatcher =
          new InboxDispatcher(
              "telegram-chat",
              botId,
              database,
              inbox,
              outbox,
              handler,
              sender::wake,
              foreground,
              tuning.chatThreads());
      dispatcher.recover();
      UpdateIntake intake =
          new UpdateIntake(botId, new InboxWriter(database, inbox), dispatcher, tuning.retry());
      if (settings.webhook()) {
        WebhookRoute handlerRoute = new WebhookRoute(calls.setWebhook(), intake);
        PostRoute route = new PostRoute(settings.webhookPath(), handlerRoute);
        log.info("Telegram bot @{} is on: webhook {}", username, settings.webhookUrl());
        return new TelegramBot(username, http, dispatcher, sender, null, route);
      }
      LongPolling polling = LongPolling.start(http, token, url, tuning, intake::takePolled);
      log.info("Telegram bot @{} is on: long polling {}", username, settings.apiUrl());
      return new TelegramBot(username, http, dispatcher, sender, polling, null);
    } catch (RuntimeException e) {
      if (dispatcher != null) {
        dispatcher.close(Duration.ZERO);
      }
      if (sender != null) {
        sender.close();
      }
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
   * Stops taking updates, handles the stored ones for a few seconds (what is left stays pending for
   * the next start, and the count is logged), stops the outbox sender (queued messages wait for the
   * next start) and releases threads and connections. Calling it again does nothing. A webhook
   * stays set, so Telegram keeps new updates until the next start.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (polling != null) {
      polling.close();
    }
    dispatcher.close(CLOSE_GRACE);
    sender.close();
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
