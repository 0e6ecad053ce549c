package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.trolycongdoan.bot.config.TelegramSettings;

/**
 * A fake Telegram Bot API server for tests, on a free port of 127.0.0.1. It serves {@code
 * /bot<token>/<method>} (method names in any case; parameters as JSON, a form, multipart or the
 * query string) with Bot API envelopes, keeps chats and messages in memory (ids per chat, edits
 * applied, keyboards kept), blocks {@code getUpdates} until an update is queued and honours its
 * {@code offset} like Telegram, checks what the bot sends as Telegram does (HTML, length, {@code
 * callback_data}; photos and documents by {@code file_id}), records every call, and injects
 * failures on demand. Users act through {@link #userSends} and {@link #userPresses}; a test ends
 * with {@link #assertExhausted}. Thread-safe.
 */
public final class FakeBotApi implements AutoCloseable {

  public static final String DEFAULT_TOKEN = "123456789:AAFake-token_for_tests_0123456789";
  public static final Duration WAIT = Duration.ofSeconds(10);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String token;
  private final FakeState state;
  private final FakeUsers users;
  private final Javalin javalin;

  /** The webhook last set: its URL, secret token and the update kinds asked for. */
  public record Webhook(String url, String secretToken, List<String> allowedUpdates) {}

  /** A command of the bot's menu. */
  public record Command(String command, String description) {}

  /** An {@code answerCallbackQuery}: the press answered and its notice ({@code null} for none). */
  public record CallbackAnswer(String callbackQueryId, String text) {}

  private FakeBotApi(String token) {
    this.token = token;
    this.state = new FakeState(TelegramBot.botId(token), "TroLyCongDoanTestBot");
    this.users = new FakeUsers(state);
    this.javalin =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              BotApiHttp http = new BotApiHttp(token, state, new FakeTelegram(state));
              config.routes.post("/{bot}/{method}", http);
              config.routes.get("/{bot}/{method}", http);
            });
  }

  public static FakeBotApi start() {
    return start(DEFAULT_TOKEN);
  }

  public static FakeBotApi start(String token) {
    FakeBotApi api = new FakeBotApi(token);
    api.javalin.start("127.0.0.1", 0);
    return api;
  }

  /** The base URL to give the bot: scheme, host and port. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + javalin.port());
  }

  public String token() {
    return token;
  }

  public String botUsername() {
    return state.botUsername;
  }

  /** Settings for a bot that long-polls this server. */
  public TelegramSettings pollingSettings() {
    return new TelegramSettings(token, url(), null, null);
  }

  /** Settings for a bot in webhook mode; {@code secret} {@code null} for a random one. */
  public TelegramSettings webhookSettings(URI webhookUrl, String secret) {
    return new TelegramSettings(token, url(), webhookUrl, secret);
  }

  /**
   * The user writes {@code text} in the chat (opening it if new); returns the queued update's id.
   */
  public int userSends(long chatId, long userId, String name, String text) {
    return queue(users.message(chatId, userId, name, text));
  }

  /**
   * The update of a user writing {@code text}, not queued: for {@link #postUpdate} to a webhook.
   */
  public String textUpdate(long chatId, long userId, String name, String text) {
    return users.message(chatId, userId, name, text).toString();
  }

  /**
   * The user presses the button with {@code data} under the bot's message; returns the queued
   * update's id.
   */
  public int userPresses(long chatId, long userId, int messageId, String data) {
    return queue(users.press(chatId, userId, messageId, data));
  }

  /** The update of a button press, not queued: for {@link #postUpdate} to a webhook. */
  public String pressUpdate(long chatId, long userId, int messageId, String data) {
    return users.press(chatId, userId, messageId, data).toString();
  }

  /**
   * The user sends a photo in the chat with {@code caption} (empty for none); returns the queued
   * update's id. Its largest size has the {@code file_id} {@code fileId}.
   */
  public int userSendsPhoto(long chatId, long userId, String name, String fileId, String caption) {
    return queue(users.media(chatId, userId, name, "photo", fileId, caption));
  }

  public int userSendsSticker(long chatId, long userId, String name) {
    return queue(users.sticker(chatId, userId, name));
  }

  public int userEdits(long chatId, long userId, int messageId, String text) {
    return queue(users.edit(chatId, userId, messageId, text));
  }

  /**
   * Queues updates as given, all at once, so that one {@code getUpdates} can return them together.
   */
  public void queueRawUpdate(String... json) {
    synchronized (state) {
      for (String update : json) {
        state.enqueue(BotApiHttp.parse(update));
      }
    }
  }

  /** The JSON of an update made earlier, e.g. to queue it again. */
  public String updateJson(int updateId) {
    synchronized (state) {
      String json = state.updatesById.get(updateId);
      if (json == null) {
        throw new IllegalArgumentException("No update " + updateId);
      }
      return json;
    }
  }

  /** From now on every send to the chat gets Telegram's 403 "bot was blocked by the user". */
  public void userBlocksBot(long chatId) {
    synchronized (state) {
      state.blockedBy.add(chatId);
    }
  }

  /** The bot's messages in the chat, oldest first, edits applied. */
  public List<SentMessage> messagesIn(long chatId) {
    synchronized (state) {
      return state.botMessages(chatId);
    }
  }

  /** Waits until the bot has at least {@code count} messages in the chat; returns them all. */
  public List<SentMessage> awaitMessages(long chatId, int count, Duration timeout) {
    return await(
        count + " bot messages in chat " + chatId,
        timeout,
        () -> {
          List<SentMessage> messages = state.botMessages(chatId);
          return messages.size() >= count ? Optional.of(messages) : Optional.empty();
        });
  }

  /**
   * Waits until one of the bot's messages in the chat matches; returns all of them up to and
   * including the first match.
   */
  public List<SentMessage> awaitMessageThat(
      long chatId, String what, Predicate<SentMessage> match, Duration timeout) {
    return await(
        what + " in chat " + chatId,
        timeout,
        () -> {
          List<SentMessage> messages = state.botMessages(chatId);
          for (int i = 0; i < messages.size(); i++) {
            if (match.test(messages.get(i))) {
              return Optional.of(messages.subList(0, i + 1));
            }
          }
          return Optional.empty();
        });
  }

  /** Waits until the bot's message has been edited at least once; returns it. */
  public SentMessage awaitEdit(long chatId, int messageId, Duration timeout) {
    return await(
        "an edit of message " + messageId + " in chat " + chatId,
        timeout,
        () ->
            Optional.ofNullable(state.find(chatId, messageId))
                .filter(message -> message.edits() > 0));
  }

  public List<CallbackAnswer> callbackAnswers() {
    synchronized (state) {
      return List.copyOf(state.callbackAnswers);
    }
  }

  public List<CallbackAnswer> awaitCallbackAnswers(int count, Duration timeout) {
    return await(
        count + " answered button presses",
        timeout,
        () ->
            state.callbackAnswers.size() >= count
                ? Optional.of(List.copyOf(state.callbackAnswers))
                : Optional.empty());
  }

  public List<RecordedRequest> requests() {
    synchronized (state) {
      return List.copyOf(state.requests);
    }
  }

  /** The calls of one method, matched in any case. */
  public List<RecordedRequest> requests(String method) {
    String name = method.toLowerCase(Locale.ROOT);
    synchronized (state) {
      return state.requests.stream().filter(request -> request.method().equals(name)).toList();
    }
  }

  public List<RecordedRequest> awaitRequests(String method, int count, Duration timeout) {
    String name = method.toLowerCase(Locale.ROOT);
    return await(
        count + " calls of " + method,
        timeout,
        () -> {
          List<RecordedRequest> calls =
              state.requests.stream().filter(request -> request.method().equals(name)).toList();
          return calls.size() >= count ? Optional.of(calls) : Optional.empty();
        });
  }

  public Optional<Webhook> webhook() {
    synchronized (state) {
      return Optional.ofNullable(state.webhook);
    }
  }

  public List<Command> commands() {
    synchronized (state) {
      return state.commands;
    }
  }

  /**
   * The next call of {@code method} (any case) fails, or is slow, as {@code failure} says; queued
   * in order.
   */
  public void failNext(String method, Failure failure) {
    synchronized (state) {
      state.injectFailure(method.toLowerCase(Locale.ROOT), failure);
    }
  }

  /**
   * From now on a chat takes at most {@code count} new messages per {@code window}, like Telegram's
   * flood limits; a send beyond that gets a 429 with {@code retry_after} 1.
   */
  public void limitSendsPerChat(int count, Duration window) {
    synchronized (state) {
      state.limitSends(count, window);
    }
  }

  /**
   * From now on the fake reads time from {@code nanoTime} (rate limits, storms, recorded request
   * times), e.g. a test's simulated clock.
   */
  public void useClock(java.util.function.LongSupplier nanoTime) {
    synchronized (state) {
      state.clock = nanoTime;
    }
  }

  /**
   * From now on the bot may send at most {@code count} messages per {@code window} in all chats
   * together, like Telegram's overall limit; a send beyond that gets a 429 with {@code retry_after}
   * 1. Paid broadcasts ({@code allow_paid_broadcast}) are not counted, as with Telegram.
   */
  public void limitSendsOverall(int count, Duration window) {
    synchronized (state) {
      state.limitSendsOverall(count, window);
    }
  }

  /**
   * Every {@code sendMessage} gets {@code failure} until the fake's clock has moved {@code length}.
   */
  public void stormFor(Duration length, Failure failure) {
    synchronized (state) {
      state.storm = failure;
      state.stormUntil = state.clock.getAsLong() + length.toNanos();
    }
  }

  /**
   * From now on every {@code sendMessage} is answered only after {@code latency}, as over a slow
   * link: its message is taken when the wait ends, even if the caller is gone by then.
   */
  public void slowSends(Duration latency) {
    synchronized (state) {
      state.sendLatency = latency;
    }
  }

  /** Opens a private chat the bot may write to, as a user's {@code /start} would. */
  public void openChat(long chatId) {
    synchronized (state) {
      state.chats.computeIfAbsent(chatId, id -> new ArrayList<>());
    }
  }

  /** The most messages the fake accepted in any one second, all chats together. */
  public int busiestSecond() {
    synchronized (state) {
      return FakeState.busiest(state.acceptedSends, Duration.ofSeconds(1));
    }
  }

  /** The most messages the fake accepted for one chat in any one {@code window}. */
  public int busiestInOneChat(Duration window) {
    synchronized (state) {
      return state.acceptedSendsByChat.values().stream()
          .mapToInt(times -> FakeState.busiest(times, window))
          .max()
          .orElse(0);
    }
  }

  /** The most {@code sendMessage} calls the fake was answering at one moment. */
  public int mostSendsAtOnce() {
    synchronized (state) {
      return state.mostSendsAtOnce;
    }
  }

  /** How many sends the fake answered with a 429 because a limit was used up. */
  public int rateLimited() {
    synchronized (state) {
      return state.rateLimited;
    }
  }

  /** The calls the fake refused on its own (bad HTML, too long, unknown chat…), now forgotten. */
  public List<String> takeRefusals() {
    synchronized (state) {
      List<String> refusals = List.copyOf(state.refusals);
      state.refusals.clear();
      return refusals;
    }
  }

  /**
   * Fails unless nothing is left over: every injected failure used, every queued update fetched,
   * every button press answered, no call refused that the test did not take with {@link
   * #takeRefusals}.
   */
  public void assertExhausted() {
    List<String> problems = new ArrayList<>();
    synchronized (state) {
      state.failures.forEach(
          (method, failures) -> {
            if (!failures.isEmpty()) {
              problems.add("failures never used for " + method + ": " + failures);
            }
          });
      state.queue.stream()
          .filter(update -> !update.delivered)
          .forEach(update -> problems.add("update never fetched: " + update.json));
      state.openPresses.forEach(id -> problems.add("button press never answered: " + id));
      state.refusals.forEach(refusal -> problems.add("refused: " + refusal));
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("The fake Bot API has leftovers:\n" + String.join("\n", problems));
    }
  }

  /**
   * Posts an update to a webhook as Telegram does, with the secret token header unless {@code
   * secret} is null.
   */
  public static HttpResponse<String> postUpdate(URI url, String json, String secret) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (secret != null) {
      request.header(WebhookRoute.SECRET_HEADER, secret);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot post to " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    synchronized (state) {
      state.closed = true;
      state.changed();
    }
    javalin.stop();
  }

  private int queue(ObjectNode update) {
    synchronized (state) {
      state.enqueue(update);
      return update.get("update_id").asInt();
    }
  }

  private <T> T await(String what, Duration timeout, Supplier<Optional<T>> check) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (state) {
      Optional<T> result = check.get();
      while (result.isEmpty()
          && System.nanoTime() < deadline
          && !Thread.currentThread().isInterrupted()) {
        state.await(deadline);
        result = check.get();
      }
      return result.orElseThrow(
          () ->
              new AssertionError(
                  "Waited "
                      + timeout.toMillis()
                      + " ms for "
                      + what
                      + "; chats: "
                      + state.chats
                      + "; refused: "
                      + state.refusals));
    }
  }
}
