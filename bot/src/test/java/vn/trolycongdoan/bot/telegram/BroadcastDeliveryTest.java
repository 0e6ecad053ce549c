package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.telegram.BroadcastCalls.counts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.app.Timing;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.store.Database;

/**
 * Broadcasts in the whole service at the default rates (30 messages a second overall, 25 bulk, 1 a
 * chat), created over the staff API and delivered by the real TelegramBots client to a fake Bot API
 * that enforces Telegram's limits as Telegram does: 30 messages in any second overall and 1 in any
 * second per chat, answering more with a 429 and {@code retry_after}. The fake records every
 * message it accepted, so a duplicate would show in its chats.
 */
class BroadcastDeliveryTest {

  private static final String TEXT = "Chào mừng Tháng Công nhân năm 2026, chung tay vì đoàn viên.";
  private static final String QUESTION = "Kết nạp mới bao nhiêu đoàn viên?";
  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Duration LIMIT = Duration.ofMinutes(5);
  private static final long FIRST_CHAT = 100_001;

  @TempDir Path data;

  @Test
  void
      two_thousand_recipients_get_the_broadcast_once_within_telegrams_limits_while_members_are_answered_first()
          throws Exception {
    int recipients = 2000;
    List<Long> chats = chats(recipients);
    List<Long> blocked = every(chats, 50, 0);
    List<Long> failing = every(chats, 50, 25);
    List<Long> members =
        List.of(chats.get(1), chats.get(2), chats.get(3), chats.get(4), chats.get(6));
    try (FakeBotApi api = FakeBotApi.start()) {
      api.limitSendsOverall(30, SECOND);
      api.limitSendsPerChat(1, SECOND);
      for (long chat : chats) {
        if (!failing.contains(chat)) {
          api.openChat(chat);
        }
      }
      blocked.forEach(api::userBlocksBot);
      List<Long> askedAt = new ArrayList<>();
      try (RunningApp app = start(api)) {
        BroadcastCalls staff = seed(app, chats);
        long startedAt = System.nanoTime();
        long id = staff.sendToAll(TEXT, recipients);
        for (int i = 0; i < members.size(); i++) {
          staff.awaitSent(id, 200 + 250 * i, LIMIT);
          askedAt.add(System.nanoTime());
          api.userSends(members.get(i), members.get(i), "Đoàn viên", QUESTION);
        }
        JsonNode done = staff.awaitDone(id, LIMIT);
        double seconds = (System.nanoTime() - startedAt) / 1e9;

        assertThat(done.get("recipients").asInt()).isEqualTo(recipients);
        assertThat(outcomes(done))
            .containsExactly(
                Map.entry("queued", 0),
                Map.entry("sent", 1920),
                Map.entry("blocked", 40),
                Map.entry("failed", 40),
                Map.entry("unknown", 0),
                Map.entry("cancelled", 0));
        assertThat(app.column("SELECT chat_id FROM subscribers WHERE blocked ORDER BY chat_id"))
            .as("the chats that answered 403, no longer subscribers broadcasts reach")
            .containsExactlyElementsOf(blocked.stream().map(String::valueOf).toList());
        System.out.printf(
            "[broadcast] %d recipients in %.1f s (%.1f messages/s), the first %d ms after it was"
                + " created; busiest second %d; 429s %d; broadcast messages sent between each"
                + " question and its answer %s%n",
            recipients,
            seconds,
            recipients / seconds,
            (api.requests("sendMessage").get(0).nanoTime() - startedAt) / 1_000_000,
            api.busiestSecond(),
            api.rateLimited(),
            IntStream.range(0, members.size())
                .mapToObj(i -> broadcastSendsBeforeReply(api, members.get(i), askedAt.get(i)))
                .toList());
      }
      assertThat(api.rateLimited()).as("429s for going over Telegram's limits").isZero();
      assertThat(api.busiestInOneChat(SECOND)).isEqualTo(1);
      for (long chat : chats) {
        int expected = blocked.contains(chat) || failing.contains(chat) ? 0 : 1;
        assertThat(broadcastsIn(api, chat))
            .as("broadcast messages in chat " + chat)
            .isEqualTo(expected);
      }
      assertThat(sendsTo(api, failing::contains))
          .as("one attempt per failing chat: a 400 is final")
          .isEqualTo(failing.size());
      assertThat(api.takeRefusals())
          .hasSize(failing.size())
          .containsOnly("sendmessage: Bad Request: chat not found");
      for (int i = 0; i < members.size(); i++) {
        long member = members.get(i);
        assertThat(api.messagesIn(member))
            .extracting(SentMessage::text)
            .as("chat " + member + ": the broadcast and the answer")
            .hasSize(2)
            .contains(TEXT)
            .anySatisfy(text -> assertThat(text).contains("500 đoàn viên"));
        assertThat(broadcastSendsBeforeReply(api, member, askedAt.get(i)))
            .as(
                "broadcast messages sent between member %d's question and the answer, with"
                    + " more than 500 still queued",
                member)
            .isLessThan(100);
      }
      api.assertExhausted();
    }
  }

  @Test
  void a_429_with_retry_after_20_s_mid_broadcast_pauses_every_send_and_the_rest_arrive_once()
      throws Exception {
    int recipients = 150;
    List<Long> chats = chats(recipients);
    try (FakeBotApi api = FakeBotApi.start()) {
      api.limitSendsOverall(30, SECOND);
      api.limitSendsPerChat(1, SECOND);
      chats.forEach(api::openChat);
      try (RunningApp app = start(api)) {
        BroadcastCalls staff = seed(app, chats);
        long id = staff.sendToAll(TEXT, recipients);
        staff.awaitSent(id, 50, LIMIT);
        api.failNext("sendMessage", Failure.tooManyRequests(20));
        JsonNode done = staff.awaitDone(id, LIMIT);

        assertThat(counts(done, "sent")).isEqualTo(recipients);
        assertThat(counts(done, "failed") + counts(done, "unknown")).isZero();
      }
      List<RecordedRequest> sends = api.requests("sendMessage");
      List<Long> twice = chats.stream().filter(chat -> sendsTo(api, c -> c == chat) == 2).toList();
      assertThat(twice).as("the chat whose message got the 429, sent again").hasSize(1);
      long refusedAt =
          sends.stream()
              .filter(send -> send.params().path("chat_id").asLong() == twice.get(0))
              .findFirst()
              .orElseThrow()
              .nanoTime();
      assertThat(sends)
          .as("sends from 1 s after the 429 (those already on their way then) to 20 s after")
          .noneMatch(
              send ->
                  send.nanoTime() > refusedAt + SECOND.toNanos()
                      && send.nanoTime() < refusedAt + Duration.ofSeconds(20).toNanos());
      assertThat(sends.get(sends.size() - 1).nanoTime())
          .isGreaterThan(refusedAt + Duration.ofSeconds(20).toNanos());
      for (long chat : chats) {
        assertThat(broadcastsIn(api, chat)).as("broadcast messages in chat " + chat).isEqualTo(1);
      }
      assertThat(api.rateLimited()).as("429s for going over Telegram's limits").isZero();
      api.assertExhausted();
    }
  }

  @Test
  void a_broadcast_cancelled_while_its_first_sends_hang_sends_nothing_when_they_fail_after()
      throws Exception {
    int recipients = 20;
    List<Long> chats = chats(recipients);
    try (FakeBotApi api = FakeBotApi.start()) {
      chats.forEach(api::openChat);
      api.stormFor(Duration.ofMinutes(1), Failure.serverError().after(Duration.ofSeconds(5)));
      try (RunningApp app = start(api, Duration.ofMinutes(1))) {
        BroadcastCalls staff = seed(app, chats);
        long id = staff.sendToAll(TEXT, recipients);
        api.awaitRequests("sendMessage", 1, FakeBotApi.WAIT);
        assertThat(staff.cancel(id).get("state").asText()).isEqualTo("cancelled");
        JsonNode settled = staff.awaitSettled(id, LIMIT);

        assertThat(counts(settled, "cancelled"))
            .as("every message, those whose send failed after the cancel too: %s", settled)
            .isEqualTo(recipients);
      }
      assertThat(api.requests("sendMessage"))
          .as("sends: only those on their way at the cancel, none tried again")
          .isNotEmpty()
          .extracting(send -> send.params().path("chat_id").asLong())
          .doesNotHaveDuplicates();
      for (long chat : chats) {
        assertThat(broadcastsIn(api, chat)).as("broadcast messages in chat " + chat).isZero();
      }
      api.assertExhausted();
    }
  }

  @Test
  void sixteen_senders_have_more_sends_on_their_way_at_once_than_okhttps_five_a_host()
      throws Exception {
    int recipients = 64;
    List<Long> chats = chats(recipients);
    try (FakeBotApi api = FakeBotApi.start()) {
      chats.forEach(api::openChat);
      api.slowSends(Duration.ofMillis(300));
      Map<SettingKey, String> fast =
          Map.of(
              SettingKey.OUTBOX_SENDERS, "16",
              SettingKey.OUTBOX_MESSAGES_PER_SECOND, "1000",
              SettingKey.OUTBOX_BULK_MESSAGES_PER_SECOND, "1000");
      try (RunningApp app = start(api, Duration.ofMillis(200), fast)) {
        BroadcastCalls staff = seed(app, chats);
        JsonNode done = staff.awaitDone(staff.sendToAll(TEXT, recipients), LIMIT);

        assertThat(counts(done, "sent")).isEqualTo(recipients);
      }
      assertThat(api.mostSendsAtOnce())
          .as("sends the fake was answering at once, of 16 senders")
          .isGreaterThan(5);
      api.assertExhausted();
    }
  }

  /** The service at its default rates, polling the fake, its scheduled jobs every 200 ms. */
  private RunningApp start(FakeBotApi api) throws Exception {
    return start(api, Duration.ofMillis(200));
  }

  private RunningApp start(FakeBotApi api, Duration jobsEvery) throws Exception {
    return start(api, jobsEvery, Map.of());
  }

  /** The service polling the fake, with {@code changed} settings. */
  private RunningApp start(FakeBotApi api, Duration jobsEvery, Map<SettingKey, String> changed)
      throws Exception {
    Map<SettingKey, String> options = new EnumMap<>(SettingKey.class);
    options.putAll(changed);
    options.put(SettingKey.CORPUS_DIR, ReporterSteps.tinyCorpus(data).toString());
    Settings settings = TestSettings.inFolder(data, options).withTelegram(api.pollingSettings());
    return RunningApp.start(settings, new Timing(Clock.systemUTC(), jobsEvery));
  }

  /** Subscribes the chats in the running service's database; the staff API as an admin. */
  private BroadcastCalls seed(RunningApp app, List<Long> chats) {
    try (Database database = Database.open(data.resolve("troly-congdoan.db"))) {
      BroadcastCalls.subscribe(database, chats);
      return new BroadcastCalls(app.port(), BroadcastCalls.adminToken(database));
    }
  }

  private static Map<String, Integer> outcomes(JsonNode broadcast) {
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    broadcast
        .get("counts")
        .fields()
        .forEachRemaining(f -> outcomes.put(f.getKey(), f.getValue().asInt()));
    return outcomes;
  }

  private static List<Long> chats(int count) {
    return LongStream.range(FIRST_CHAT, FIRST_CHAT + count).boxed().toList();
  }

  /** Every {@code step}-th chat from {@code offset}. */
  private static List<Long> every(List<Long> chats, int step, int offset) {
    List<Long> picked = new ArrayList<>();
    for (int i = offset; i < chats.size(); i += step) {
      picked.add(chats.get(i));
    }
    return picked;
  }

  private static long broadcastsIn(FakeBotApi api, long chat) {
    return api.messagesIn(chat).stream().filter(message -> message.text().equals(TEXT)).count();
  }

  private static long sendsTo(FakeBotApi api, LongPredicate chats) {
    return api.requests("sendMessage").stream()
        .filter(send -> chats.test(send.params().path("chat_id").asLong()))
        .count();
  }

  /**
   * How many broadcast messages the fake received after {@code askedAt} and before the answer to
   * the member's question.
   */
  private static long broadcastSendsBeforeReply(FakeBotApi api, long member, long askedAt) {
    List<RecordedRequest> sends = api.requests("sendMessage");
    long answeredAt =
        sends.stream()
            .filter(send -> send.params().path("chat_id").asLong() == member)
            .filter(send -> !send.params().path("text").asText().equals(TEXT))
            .findFirst()
            .orElseThrow()
            .nanoTime();
    return sends.stream()
        .filter(send -> send.params().path("text").asText().equals(TEXT))
        .filter(send -> send.nanoTime() > askedAt && send.nanoTime() < answeredAt)
        .count();
  }
}
