package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.OutboxSettings;
import vn.trolycongdoan.bot.members.SqliteSubscriberStore;
import vn.trolycongdoan.bot.members.Subscriber;
import vn.trolycongdoan.bot.outbox.Foreground;
import vn.trolycongdoan.bot.outbox.OutboxSender;
import vn.trolycongdoan.bot.outbox.OutboxState;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.Priority;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.store.Database;

/**
 * The outbox delivering through the real TelegramBots client to the fake Bot API, in simulated
 * time: the sender's clock, its sleeps and the fake's rate limits all read one {@link
 * SimulatedTime}, so a 45 s pause or a two-minute storm take milliseconds.
 */
class TelegramOutboxTest {

  private static final Duration SETTLE_LIMIT = Duration.ofSeconds(60);

  @TempDir Path folder;

  private final FakeBotApi api = FakeBotApi.start();
  private final SimulatedTime time = new SimulatedTime();
  private final OkHttpClient http = new OkHttpClient();
  private final Foreground foreground = new Foreground(time::nanoTime);
  private Database database;
  private SqliteOutbox outbox;
  private SqliteSubscriberStore subscribers;
  private OutboxSender sender;

  @BeforeEach
  void open() {
    api.useClock(time::nanoTime);
    database = Database.open(folder.resolve("outbox.db"));
    outbox = new SqliteOutbox(database, time);
    subscribers = new SqliteSubscriberStore(database);
  }

  @AfterEach
  void close() {
    try {
      if (sender != null) {
        sender.close();
      }
      api.assertExhausted();
    } finally {
      api.close();
      database.close();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void a_429_with_retry_after_45_s_pauses_every_send_and_then_everything_is_delivered() {
    for (long chat = 1; chat <= 20; chat++) {
      enqueue(chat, Priority.REPLY, "trả lời " + chat);
    }
    api.failNext("sendMessage", Failure.tooManyRequests(45));

    start(OutboxSettings.DEFAULT);

    assertThat(awaitSettled()).containsExactly(Map.entry(OutboxState.SENT, 20));
    for (long chat = 1; chat <= 20; chat++) {
      assertThat(api.messagesIn(chat))
          .extracting(SentMessage::text)
          .containsExactly("trả lời " + chat);
    }
    List<RecordedRequest> sends = api.requests("sendMessage");
    assertThat(sends).hasSize(21);
    long refusedAt = sends.get(0).nanoTime();
    assertThat(sends)
        .as("no send starts within the 45 s after the 429")
        .allMatch(
            send ->
                send.nanoTime() == refusedAt
                    || send.nanoTime() >= refusedAt + Duration.ofSeconds(45).toNanos());
    assertThat(time.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void a_storm_of_server_errors_for_two_minutes_ends_with_everything_delivered_once() {
    for (long chat = 1; chat <= 50; chat++) {
      enqueue(chat, chat % 2 == 0 ? Priority.REPLY : Priority.BULK, "tin " + chat);
    }
    api.stormFor(Duration.ofMinutes(2), Failure.serverError());

    start(OutboxSettings.DEFAULT);

    assertThat(awaitSettled()).containsExactly(Map.entry(OutboxState.SENT, 50));
    for (long chat = 1; chat <= 50; chat++) {
      assertThat(api.messagesIn(chat)).extracting(SentMessage::text).containsExactly("tin " + chat);
    }
    assertThat(time.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
    assertThat(api.requests("sendMessage").size()).isGreaterThan(50 * 5);
  }

  @Test
  void a_message_that_fails_for_longer_than_the_retry_time_is_given_up_as_failed() {
    enqueue(1, Priority.REPLY, "không bao giờ tới");
    api.stormFor(Duration.ofHours(30), Failure.badGateway());

    start(OutboxSettings.DEFAULT);

    assertThat(awaitSettled()).containsExactly(Map.entry(OutboxState.FAILED, 1));
    // Not before the retry time; and before the storm ends, or it would have been delivered. (Each
    // of
    // the sender threads' sleeps moves the simulated clock, so how far past 24 h varies.)
    assertThat(time.elapsed()).isBetween(Duration.ofHours(24), Duration.ofHours(30));
    assertThat(api.messagesIn(1)).isEmpty();
  }

  @Test
  void chats_that_blocked_the_bot_end_blocked_and_unsubscribed_and_get_nothing_more() {
    for (long chat = 1; chat <= 5; chat++) {
      subscribers.setSubscribed(member(chat), true, time.instant());
      enqueue(chat, Priority.BULK, "bản tin một");
      enqueue(chat, Priority.BULK, "bản tin hai");
    }
    api.userBlocksBot(2);
    api.userBlocksBot(4);

    start(OutboxSettings.DEFAULT);

    assertThat(awaitSettled())
        .containsOnly(Map.entry(OutboxState.SENT, 6), Map.entry(OutboxState.BLOCKED, 4));
    assertThat(subscribers.subscribed(Channel.TELEGRAM))
        .extracting(Subscriber::chatId)
        .containsExactly("1", "3", "5");
    assertThat(api.requests("sendMessage")).hasSize(8);
    assertThat(api.messagesIn(2)).isEmpty();
    assertThat(api.messagesIn(3))
        .extracting(SentMessage::text)
        .containsExactly("bản tin một", "bản tin hai");
  }

  @Test
  void the_sending_rate_stays_within_telegrams_limits_and_replies_pass_the_bulk() {
    api.limitSendsOverall(30, Duration.ofSeconds(1));
    api.limitSendsPerChat(1, Duration.ofSeconds(1));
    for (long chat = 1000; chat < 1300; chat++) {
      enqueue(chat, Priority.BULK, "bản tin " + chat);
    }
    for (int i = 0; i < 25; i++) {
      enqueue(-100, Priority.BULK, "tin nhóm " + i);
    }
    for (int i = 0; i < 5; i++) {
      enqueue(7, Priority.REPLY, "phần " + i);
    }
    for (long chat = 1; chat <= 30; chat++) {
      enqueue(100 + chat, Priority.REPLY, "trả lời " + chat);
    }

    start(OutboxSettings.DEFAULT);

    assertThat(awaitSettled()).containsExactly(Map.entry(OutboxState.SENT, 360));
    assertThat(api.rateLimited()).as("sends the fake refused with a 429").isZero();
    assertThat(api.busiestSecond()).isLessThanOrEqualTo(30);
    assertThat(api.busiestInOneChat(Duration.ofSeconds(1))).isEqualTo(1);
    assertThat(api.busiestInOneChat(Duration.ofMinutes(1))).isLessThanOrEqualTo(20);
    assertThat(api.messagesIn(7))
        .extracting(SentMessage::text)
        .containsExactly("phần 0", "phần 1", "phần 2", "phần 3", "phần 4");
    List<RecordedRequest> sends = api.requests("sendMessage");
    long first = sends.get(0).nanoTime();
    long lastReply =
        sends.stream()
            .filter(send -> send.params().path("text").asText().startsWith("trả lời"))
            .mapToLong(RecordedRequest::nanoTime)
            .max()
            .orElseThrow();
    assertThat(Duration.ofNanos(lastReply - first))
        .as("the 30 replies go out in the first seconds, ahead of 300 bulk messages")
        .isLessThan(Duration.ofSeconds(3));
    System.out.printf(
        "[outbox] 360 messages in %d s simulated; busiest second %d (cap 30), %d sends in all%n",
        time.elapsed().toSeconds(), api.busiestSecond(), sends.size());
  }

  @Test
  void
      two_thousand_bulk_messages_keep_within_the_limits_count_blocked_and_failing_chats_and_let_replies_pass()
          throws Exception {
    api.limitSendsOverall(30, Duration.ofSeconds(1));
    api.limitSendsPerChat(1, Duration.ofSeconds(1));
    Bulk bulk = enqueueBulk(2_000);

    start(OutboxSettings.DEFAULT);
    Map<Long, Long> asked = askDuringTheRun(7, Duration.ofSeconds(10));

    assertThat(awaitSettled())
        .containsOnly(
            Map.entry(OutboxState.SENT, 2_000 - bulk.blocked() - bulk.failing() + asked.size()),
            Map.entry(OutboxState.BLOCKED, bulk.blocked()),
            Map.entry(OutboxState.FAILED, bulk.failing()));
    assertThat(api.rateLimited()).as("sends the fake refused with a 429").isZero();
    assertThat(api.takeRefusals()).hasSize(bulk.failing()).allMatch(r -> r.contains("not found"));
    List<RecordedRequest> sends = api.requests("sendMessage");
    assertThat(sends).as("each row tried once").hasSize(2_000 + asked.size());
    assertThat(sends)
        .extracting(send -> send.params().path("chat_id").asText())
        .as("no chat gets a message twice")
        .doesNotHaveDuplicates();
    assertThat(sends).noneMatch(send -> send.params().has("allow_paid_broadcast"));
    assertThat(api.busiestSecond()).isLessThanOrEqualTo(30);
    assertThat(api.busiestInOneChat(Duration.ofSeconds(1))).isEqualTo(1);
    assertThat(span(sends))
        .as("2,000 at 25 a second")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(79));
    asked.forEach(
        (chat, at) ->
            assertThat(Duration.ofNanos(sentAt(sends, chat) - at))
                .as("the reply to chat %d, in simulated time", chat)
                .isLessThan(Duration.ofSeconds(2)));
    System.out.printf(
        "[outbox] 2,000 bulk messages in %d ms simulated (cap 25/s); busiest second %d; %d replies"
            + " during it%n",
        span(sends).toMillis(), api.busiestSecond(), asked.size());
  }

  @Test
  void
      paid_broadcast_sends_bulk_with_allow_paid_broadcast_past_the_overall_limit_but_one_a_second_per_chat()
          throws Exception {
    api.limitSendsOverall(30, Duration.ofSeconds(1));
    api.limitSendsPerChat(1, Duration.ofSeconds(1));
    Bulk bulk = enqueueBulk(2_000);
    for (int i = 0; i < 3; i++) {
      enqueue(-100, Priority.BULK, "tin nhóm " + i);
    }

    start(OutboxSettings.DEFAULT.withPaidBroadcast(1_000));
    Map<Long, Long> asked = askDuringTheRun(2, Duration.ofMillis(500));

    assertThat(awaitSettled())
        .containsOnly(
            Map.entry(OutboxState.SENT, 2_003 - bulk.blocked() - bulk.failing() + asked.size()),
            Map.entry(OutboxState.BLOCKED, bulk.blocked()),
            Map.entry(OutboxState.FAILED, bulk.failing()));
    assertThat(api.takeRefusals()).hasSize(bulk.failing());
    assertThat(api.rateLimited()).as("sends the fake refused with a 429").isZero();
    List<RecordedRequest> sends = api.requests("sendMessage");
    assertThat(sends).as("each row tried once").hasSize(2_003 + asked.size());
    assertThat(sends)
        .allMatch(
            send ->
                send.params().path("allow_paid_broadcast").asBoolean(false)
                    == !asked.containsKey(send.params().path("chat_id").asLong()));
    assertThat(api.busiestSecond()).isBetween(900, 1_030);
    assertThat(api.busiestInOneChat(Duration.ofSeconds(1))).isEqualTo(1);
    assertThat(span(sends)).isLessThan(Duration.ofSeconds(5));
    System.out.printf(
        "[outbox] 2,003 paid bulk messages in %d ms simulated (cap 1,000/s); busiest second %d%n",
        span(sends).toMillis(), api.busiestSecond());
  }

  @Test
  void after_a_crash_a_reply_being_sent_is_sent_again_and_a_bulk_message_becomes_unknown() {
    enqueue(1, Priority.REPLY, "trả lời");
    enqueue(2, Priority.BULK, "bản tin");
    database.jdbc().update("UPDATE outbox SET state = 'SENDING', attempts = 1");

    start(OutboxSettings.DEFAULT);

    assertThat(awaitSettled())
        .containsOnly(Map.entry(OutboxState.SENT, 1), Map.entry(OutboxState.UNKNOWN, 1));
    assertThat(api.messagesIn(1)).extracting(SentMessage::text).containsExactly("trả lời");
    assertThat(api.messagesIn(2)).isEmpty();
    assertThat(
            database
                .jdbc()
                .list("SELECT interrupted FROM outbox ORDER BY id", row -> row.getInt(1)))
        .containsExactly(1, 1);
  }

  @Test
  void bulk_waits_while_a_member_waits_for_an_answer_but_at_most_a_fifth_of_each_second() {
    foreground.enter(); // and never leaves: bulk goes once this second's share of holding is used
    enqueue(1, Priority.BULK, "tin chiến dịch");
    enqueue(2, Priority.REPLY, "trả lời");

    start(OutboxSettings.DEFAULT);

    assertThat(awaitSettled()).containsExactly(Map.entry(OutboxState.SENT, 2));
    List<RecordedRequest> sends = api.requests("sendMessage");
    assertThat(sends)
        .extracting(send -> send.params().path("chat_id").asText())
        .containsExactly("2", "1");
    long bulkSentAt = sends.get(1).nanoTime();
    assertThat(bulkSentAt)
        .isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos())
        .isLessThan(Duration.ofSeconds(1).toNanos());
  }

  private void start(OutboxSettings settings) {
    OkHttpTelegramClient client =
        new OkHttpTelegramClient(http, api.token(), StartupCalls.telegramUrl(api.url()));
    sender =
        new OutboxSender(
                Channel.TELEGRAM,
                outbox,
                new TelegramTransport(
                    client, api.token(), RetryPolicy.DEFAULT, settings.paidBroadcast()),
                settings,
                chatId -> chatId.startsWith("-"),
                subscribers::markBlocked,
                foreground,
                time,
                time)
            .start();
  }

  private void enqueue(long chat, Priority priority, String text) {
    api.openChat(chat);
    String payload = new TelegramMessage(text, List.of(), null).toJson();
    outbox.enqueue(
        List.of(
            new OutgoingMessage(Channel.TELEGRAM, Long.toString(chat), priority, payload, null)));
  }

  /** How many of a bulk run's chats blocked the bot and how many do not exist. */
  private record Bulk(int blocked, int failing) {}

  /**
   * Queues one bulk message to each of {@code count} chats in one transaction: every 100th chat has
   * blocked the bot, every 250th does not exist (Telegram's 400 "chat not found").
   */
  private Bulk enqueueBulk(int count) {
    List<OutgoingMessage> messages = new ArrayList<>();
    int blocked = 0;
    int failing = 0;
    for (long chat = 10_000; chat < 10_000 + count; chat++) {
      if (chat % 250 == 3) {
        failing++;
      } else {
        api.openChat(chat);
        if (chat % 100 == 7) {
          api.userBlocksBot(chat);
          blocked++;
        }
      }
      String payload = new TelegramMessage("bản tin " + chat, List.of(), null).toJson();
      messages.add(
          new OutgoingMessage(Channel.TELEGRAM, Long.toString(chat), Priority.BULK, payload, null));
    }
    outbox.enqueue(messages);
    return new Bulk(blocked, failing);
  }

  /**
   * While the sender runs, a member (chats 1, 2…) is answered each {@code every} of simulated time,
   * {@code count} times, as the chat core does: the reply is enqueued and the sender woken.
   *
   * @return the simulated time each chat's reply was enqueued at
   */
  private Map<Long, Long> askDuringTheRun(int count, Duration every) throws InterruptedException {
    Map<Long, Long> asked = new LinkedHashMap<>();
    for (long chat = 1; chat <= count; chat++) {
      while (time.nanoTime() < chat * every.toNanos()) {
        Thread.sleep(1);
      }
      asked.put(chat, time.nanoTime());
      enqueue(chat, Priority.REPLY, "trả lời " + chat);
      sender.wake();
    }
    return asked;
  }

  /** Simulated time from the first send to the last. */
  private static Duration span(List<RecordedRequest> sends) {
    return Duration.ofNanos(sends.get(sends.size() - 1).nanoTime() - sends.get(0).nanoTime());
  }

  private static long sentAt(List<RecordedRequest> sends, long chat) {
    return sends.stream()
        .filter(send -> send.params().path("chat_id").asLong() == chat)
        .mapToLong(RecordedRequest::nanoTime)
        .findFirst()
        .orElseThrow();
  }

  /** The outbox's counts once nothing is queued or being sent any more. */
  private Map<OutboxState, Integer> awaitSettled() {
    long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
    Map<OutboxState, Integer> counts = outbox.counts(Channel.TELEGRAM);
    while (counts.containsKey(OutboxState.QUEUED) || counts.containsKey(OutboxState.SENDING)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The outbox did not settle: " + counts);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      counts = outbox.counts(Channel.TELEGRAM);
    }
    return counts;
  }

  private static ChatUser member(long chat) {
    return new ChatUser(
        Channel.TELEGRAM, Long.toString(chat), Long.toString(chat), "Đoàn viên " + chat);
  }
}
