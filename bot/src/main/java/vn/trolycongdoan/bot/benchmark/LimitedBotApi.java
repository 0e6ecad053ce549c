package vn.trolycongdoan.bot.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Bot API that enforces Telegram's sending limits, for the bulk send-rate benchmark: at most
 * {@value #FREE_PER_SECOND} {@code sendMessage} calls in any second in all chats together, except
 * paid broadcasts ({@code allow_paid_broadcast}), of which at most {@value #PAID_PER_SECOND}, and
 * at most one a second to each chat; a call beyond a limit gets a 429 with {@code retry_after} 1
 * and is counted. Keeps the time (from {@link System#nanoTime}) of every accepted send and of each
 * chat's first one. {@code getMe} names a bot; every other method answers {@code true}. Runs on a
 * free port of 127.0.0.1. Thread-safe.
 */
final class LimitedBotApi implements AutoCloseable {

  static final String TOKEN = "424242:benchmark-token";
  static final int FREE_PER_SECOND = 30;
  static final int PAID_PER_SECOND = 1_000;
  private static final long SECOND = 1_000_000_000L;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An accepted send. */
  record Send(long nanoTime, long chatId, boolean paid) {}

  private final Javalin javalin;
  private final Deque<Long> free = new ArrayDeque<>();
  private final Deque<Long> paid = new ArrayDeque<>();
  private final Map<Long, Long> lastByChat = new HashMap<>();
  private final Map<Long, Long> firstByChat = new HashMap<>();
  private final List<Send> sends = new ArrayList<>();
  private int rateLimited;

  private LimitedBotApi() {
    this.javalin =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.routes.post("/{bot}/{method}", this::answer);
            });
  }

  static LimitedBotApi start() {
    LimitedBotApi api = new LimitedBotApi();
    api.javalin.start("127.0.0.1", 0);
    return api;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + javalin.port());
  }

  /**
   * Waits until a first message to the chat is accepted.
   *
   * @return when it was accepted
   * @throws IllegalStateException if none was within {@code limit}
   */
  synchronized long awaitFirstSendTo(long chatId, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!firstByChat.containsKey(chatId)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException("No message to chat " + chatId + " in " + limit);
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return firstByChat.get(chatId);
  }

  /** The accepted sends, in the order accepted. */
  synchronized List<Send> sends() {
    return List.copyOf(sends);
  }

  /** How many sends were refused with a 429. */
  synchronized int rateLimited() {
    return rateLimited;
  }

  private void answer(Context ctx) throws IOException {
    ctx.contentType("application/json");
    String method = ctx.pathParam("method").toLowerCase(Locale.ROOT);
    if (method.equals("getme")) {
      ctx.result(
          "{\"ok\":true,\"result\":{\"id\":424242,\"is_bot\":true,\"first_name\":\"Bench\","
              + "\"username\":\"BenchBot\"}}");
    } else if (method.equals("sendmessage")) {
      JsonNode params = JSON.readTree(ctx.body());
      long chatId = params.path("chat_id").asLong();
      if (admit(chatId, params.path("allow_paid_broadcast").asBoolean(false))) {
        ctx.result(
            "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":"
                + Instant.now().getEpochSecond()
                + ",\"chat\":{\"id\":"
                + chatId
                + ",\"type\":\"private\"},\"text\":\"ok\"}}");
      } else {
        ctx.status(429)
            .result(
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after"
                    + " 1\",\"parameters\":{\"retry_after\":1}}");
      }
    } else {
      ctx.result("{\"ok\":true,\"result\":true}");
    }
  }

  private synchronized boolean admit(long chatId, boolean isPaid) {
    long now = System.nanoTime();
    Deque<Long> window = isPaid ? paid : free;
    while (!window.isEmpty() && now - window.peekFirst() >= SECOND) {
      window.pollFirst();
    }
    Long last = lastByChat.get(chatId);
    if (window.size() >= (isPaid ? PAID_PER_SECOND : FREE_PER_SECOND)
        || (last != null && now - last < SECOND)) {
      rateLimited++;
      return false;
    }
    window.addLast(now);
    lastByChat.put(chatId, now);
    if (firstByChat.putIfAbsent(chatId, now) == null) {
      notifyAll();
    }
    sends.add(new Send(now, chatId, isPaid));
    return true;
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
