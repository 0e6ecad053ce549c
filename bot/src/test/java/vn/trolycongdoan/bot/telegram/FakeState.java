package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Everything {@link FakeBotApi} remembers: chats and their messages, queued updates, injected
 * failures, requests, refusals, button presses and their answers, webhook and commands. Guarded by
 * its own monitor: callers hold it ({@code synchronized (state)}); {@link #changed} wakes whoever
 * waits for a change.
 */
final class FakeState {

  final long botId;
  final String botUsername;
  final Map<Long, List<SentMessage>> chats = new HashMap<>();
  final Set<Long> blockedBy = new HashSet<>();
  final List<Queued> queue = new ArrayList<>();
  final Map<Integer, String> updatesById = new HashMap<>();
  final Map<String, Deque<Failure>> failures = new HashMap<>();
  final List<RecordedRequest> requests = new ArrayList<>();
  final List<String> refusals = new ArrayList<>();
  final Set<String> openPresses = new LinkedHashSet<>();
  final List<FakeBotApi.CallbackAnswer> callbackAnswers = new ArrayList<>();
  FakeBotApi.Webhook webhook;
  List<FakeBotApi.Command> commands = List.of();
  boolean closed;

  /**
   * The fake's clock for rate limits, storms and recorded times: real, or a test's simulated one.
   */
  LongSupplier clock = System::nanoTime;

  final List<Long> acceptedSends = new ArrayList<>();
  final Map<Long, List<Long>> acceptedSendsByChat = new HashMap<>();
  int rateLimited;
  Failure storm;
  long stormUntil;
  Duration sendLatency = Duration.ZERO;
  int sendsUnderWay;
  int mostSendsAtOnce;
  private final Map<Long, Deque<Long>> sendTimes = new HashMap<>();
  private final Deque<Long> overallTimes = new ArrayDeque<>();
  private int sendLimit;
  private long sendWindowNanos;
  private int overallLimit;
  private long overallWindowNanos;
  private int nextUpdateId = 7001;
  private int nextPress = 1;

  FakeState(long botId, String botUsername) {
    this.botId = botId;
    this.botUsername = botUsername;
  }

  /** An update waiting in the queue until a {@code getUpdates} offset confirms it. */
  static final class Queued {

    final int id;
    final JsonNode json;
    boolean delivered;

    Queued(int id, JsonNode json) {
      this.id = id;
      this.json = json;
    }
  }

  ObjectNode botUser() {
    return UpdateJson.user(botId, "Trợ lý Công đoàn", true, botUsername);
  }

  int nextUpdateId() {
    return nextUpdateId++;
  }

  String nextPressId() {
    return "press-" + nextPress++;
  }

  void enqueue(JsonNode update) {
    int id = update.path("update_id").asInt();
    queue.add(new Queued(id, update));
    updatesById.put(id, update.toString());
    changed();
  }

  void confirmBelow(int offset) {
    if (offset > 0) {
      queue.removeIf(update -> update.id < offset);
    }
  }

  List<Queued> pending(int offset, int limit) {
    return queue.stream().filter(update -> update.id >= offset).limit(limit).toList();
  }

  int undelivered() {
    return (int) queue.stream().filter(update -> !update.delivered).count();
  }

  boolean hasChat(long chatId) {
    return chats.containsKey(chatId);
  }

  SentMessage add(long chatId, boolean fromBot, MessageContent content) {
    List<SentMessage> chat = chats.computeIfAbsent(chatId, id -> new ArrayList<>());
    SentMessage message =
        new SentMessage(
            chatId,
            chat.size() + 1,
            fromBot,
            content.text(),
            content.html(),
            content.entities(),
            content.keyboard(),
            0,
            content.media());
    chat.add(message);
    changed();
    return message;
  }

  SentMessage find(long chatId, int messageId) {
    List<SentMessage> chat = chats.get(chatId);
    return chat == null || messageId < 1 || messageId > chat.size()
        ? null
        : chat.get(messageId - 1);
  }

  void replace(SentMessage message) {
    chats.get(message.chatId()).set(message.messageId() - 1, message);
    changed();
  }

  List<SentMessage> botMessages(long chatId) {
    return chats.getOrDefault(chatId, List.of()).stream().filter(SentMessage::fromBot).toList();
  }

  void limitSends(int count, Duration window) {
    sendLimit = count;
    sendWindowNanos = window.toNanos();
  }

  void limitSendsOverall(int count, Duration window) {
    overallLimit = count;
    overallWindowNanos = window.toNanos();
  }

  /** The failure every send gets now, during a storm; {@code null} otherwise. */
  Failure stormFailure() {
    return storm != null && clock.getAsLong() < stormUntil ? storm : null;
  }

  /**
   * Counts a send against the overall limit and the chat's, if set, and notes it when accepted. A
   * paid broadcast ({@code allow_paid_broadcast}) does not count against the overall limit, as with
   * Telegram.
   *
   * @return {@code false} when a limit is already used up in its window: Telegram's 429
   */
  boolean admitSend(long chatId, boolean paid) {
    long now = clock.getAsLong();
    boolean counted = overallLimit > 0 && !paid;
    if (counted) {
      while (!overallTimes.isEmpty() && now - overallTimes.peekFirst() >= overallWindowNanos) {
        overallTimes.pollFirst();
      }
      if (overallTimes.size() >= overallLimit) {
        rateLimited++;
        return false;
      }
    }
    if (!takeSend(chatId)) {
      rateLimited++;
      return false;
    }
    if (counted) {
      overallTimes.addLast(now);
    }
    acceptedSends.add(now);
    acceptedSendsByChat.computeIfAbsent(chatId, id -> new ArrayList<>()).add(now);
    return true;
  }

  /** The most of {@code times} (ascending) that fall in any one window of {@code window}. */
  static int busiest(List<Long> times, Duration window) {
    int most = 0;
    int first = 0;
    for (int last = 0; last < times.size(); last++) {
      while (times.get(last) - times.get(first) >= window.toNanos()) {
        first++;
      }
      most = Math.max(most, last - first + 1);
    }
    return most;
  }

  /**
   * Counts a send to the chat against the limit, if one is set.
   *
   * @return {@code false} when the chat already had its sends in the window: Telegram's 429
   */
  boolean takeSend(long chatId) {
    if (sendLimit <= 0) {
      return true;
    }
    long now = clock.getAsLong();
    Deque<Long> times = sendTimes.computeIfAbsent(chatId, id -> new ArrayDeque<>());
    while (!times.isEmpty() && now - times.peekFirst() >= sendWindowNanos) {
      times.pollFirst();
    }
    if (times.size() >= sendLimit) {
      return false;
    }
    times.addLast(now);
    return true;
  }

  Failure takeFailure(String method) {
    Deque<Failure> queued = failures.get(method);
    return queued == null ? null : queued.pollFirst();
  }

  void injectFailure(String method, Failure failure) {
    failures.computeIfAbsent(method, name -> new ArrayDeque<>()).addLast(failure);
  }

  /**
   * Answers a refusal; notes it unless it is Telegram telling that a user blocked the bot (403).
   */
  ApiReply refuse(String method, Refusal refusal) {
    if (refusal.code != 403) {
      refusals.add(method + ": " + refusal.getMessage());
    }
    changed();
    return ApiReply.error(refusal.code, refusal.getMessage(), null);
  }

  void changed() {
    notifyAll();
  }

  /** Waits for a change until {@code deadline} ({@link System#nanoTime}). */
  void await(long deadline) {
    long nanos = deadline - System.nanoTime();
    if (nanos <= 0) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.timedWait(this, nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }
}
