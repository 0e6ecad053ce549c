package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.app.Timing;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.reports.staff.SqliteStaffTokens;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;

/**
 * Broadcasts in the whole service, created over the staff API and delivered by the real
 * TelegramBots client to the fake Bot API, the scheduled jobs running every 50 ms; members choose
 * their topics with the real buttons.
 */
class BroadcastEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Long> MEMBERS = List.of(9001L, 9002L, 9003L, 9004L);
  private static final long STOPPED = 9005;
  private static final long BLOCKS = 9006;

  @TempDir Path data;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void a_broadcast_reaches_each_subscriber_once_and_never_those_who_stopped_or_blocked()
      throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      Settings settings =
          TestSettings.inFolder(
                  data, Map.of(SettingKey.CORPUS_DIR, ReporterSteps.tinyCorpus(data).toString()))
              .withTelegram(api.pollingSettings());
      try (RunningApp app =
              RunningApp.start(settings, new Timing(Clock.systemUTC(), Duration.ofMillis(50)));
          Database database = Database.open(settings.databaseFile())) {
        String token =
            new SqliteStaffTokens(database)
                .create(new StaffMember("Quản trị", StaffRole.ADMIN, null), Instant.now());
        for (long chat : MEMBERS) {
          start(api, chat);
        }
        start(api, STOPPED);
        start(api, BLOCKS);
        api.userSends(STOPPED, STOPPED, "Đoàn viên", "/dunglai");
        api.awaitMessages(STOPPED, 3, FakeBotApi.WAIT);
        api.userBlocksBot(BLOCKS);

        JsonNode first = awaitDone(app, token, create(app, token, "Tháng Công nhân 2026", 5));
        assertThat(first.get("counts").get("sent").asInt()).isEqualTo(4);
        assertThat(first.get("counts").get("blocked").asInt())
            .as("the chat that blocked the bot, found by its 403")
            .isEqualTo(1);
        JsonNode second = awaitDone(app, token, create(app, token, "Tết Sum vầy", 4));
        assertThat(second.get("counts").get("sent").asInt()).isEqualTo(4);
        assertThat(second.get("counts").get("blocked").asInt()).isZero();
      }
      for (long chat : MEMBERS) {
        assertThat(api.messagesIn(chat))
            .extracting(SentMessage::text)
            .as("chat " + chat)
            .hasSize(4)
            .endsWith("Tháng Công nhân 2026", "Tết Sum vầy");
      }
      assertThat(api.messagesIn(STOPPED)).hasSize(3);
      assertThat(api.messagesIn(BLOCKS)).as("the welcome and the topic choice").hasSize(2);
      api.assertExhausted();
    }
  }

  @Test
  void
      a_tag_broadcast_reaches_only_the_tagged_and_its_sender_sees_one_progress_message_and_a_summary()
          throws Exception {
    long staffChat = 9100;
    List<Long> lawReaders = List.of(9201L, 9202L, 9203L, 9204L, 9205L, 9206L);
    long careOnly = 9207;
    long untagged = 9208;
    long stoppedReader = 9209;
    long blockingReader = 9210;
    try (FakeBotApi api = FakeBotApi.start()) {
      Settings settings =
          TestSettings.inFolder(
                  data,
                  Map.of(
                      SettingKey.CORPUS_DIR,
                      ReporterSteps.tinyCorpus(data).toString(),
                      // slow enough for the progress message to be edited while it runs
                      SettingKey.OUTBOX_BULK_MESSAGES_PER_SECOND,
                      "2",
                      SettingKey.BROADCAST_PROGRESS_SECONDS,
                      "1"))
              .withTelegram(api.pollingSettings());
      try (RunningApp app =
              RunningApp.start(settings, new Timing(Clock.systemUTC(), Duration.ofMillis(50)));
          Database database = Database.open(settings.databaseFile())) {
        String token =
            new SqliteStaffTokens(database)
                .create(new StaffMember("Quản trị", StaffRole.ADMIN, null), Instant.now());
        Map<Long, String> choices = new LinkedHashMap<>();
        lawReaders.forEach(chat -> choices.put(chat, "cd:phap-luat"));
        choices.put(careOnly, "cd:cham-lo");
        choices.put(stoppedReader, "cd:phap-luat");
        choices.put(blockingReader, "cd:phap-luat");
        choices.keySet().forEach(chat -> sendStart(api, chat));
        sendStart(api, untagged);
        // one message a second per chat: the chats are served side by side
        choices.forEach((chat, data) -> press(api, chat, data));
        choices.keySet().forEach(chat -> awaitChosen(api, chat));
        api.awaitMessages(untagged, 2, FakeBotApi.WAIT);
        api.userSends(stoppedReader, stoppedReader, "Đoàn viên", "/dunglai");
        api.awaitMessages(stoppedReader, 3, FakeBotApi.WAIT);
        api.userBlocksBot(blockingReader);
        api.openChat(staffChat);

        String sendAt =
            OffsetDateTime.now(ZoneOffset.ofHours(7))
                .plusSeconds(2)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        HttpResponse<String> created =
            send(
                app,
                "POST",
                "/api/broadcasts",
                token,
                "{\"text\": \"Luật Công đoàn 2024 có hiệu lực\", \"audience\": {\"kind\": \"tag\","
                    + " \"tag\": \"phap-luat\"}, \"sendAt\": \""
                    + sendAt
                    + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        // as /phatsong does for the staff member composing in chat (an API token names no chat)
        database
            .jdbc()
            .update(
                "UPDATE broadcasts SET progress_chat = ? WHERE id = ?",
                Long.toString(staffChat),
                id);

        JsonNode done = awaitDone(app, token, id);
        assertThat(done.get("recipients").asInt()).isEqualTo(7);
        assertThat(done.get("counts").get("sent").asInt()).isEqualTo(6);
        assertThat(done.get("counts").get("blocked").asInt()).isEqualTo(1);
        List<SentMessage> told = api.awaitMessages(staffChat, 2, FakeBotApi.WAIT);

        SentMessage progress = told.get(0);
        assertThat(progress.edits()).as("edited in place").isPositive();
        assertThat(progress.text())
            .isEqualTo(
                "📣 Đợt phát tin số " + id + ": đã gửi xong\nĐã gửi 6/7 · chặn bot 1 · lỗi 0");
        assertThat(told.get(1).text())
            .startsWith("✅ Đợt phát tin số " + id + " đã gửi xong trong ")
            .endsWith("\nĐã gửi: 6\nChặn bot: 1\nLỗi: 0\nKhông rõ (đang gửi khi dịch vụ dừng): 0");
      }
      for (long chat : lawReaders) {
        assertThat(api.messagesIn(chat))
            .extracting(SentMessage::text)
            .as("chat " + chat)
            .hasSize(3)
            .last()
            .isEqualTo("Luật Công đoàn 2024 có hiệu lực");
      }
      for (long chat : List.of(careOnly, untagged, blockingReader)) {
        assertThat(api.messagesIn(chat)).as("chat " + chat).hasSize(2);
      }
      assertThat(api.messagesIn(stoppedReader)).hasSize(3);
      assertThat(api.messagesIn(staffChat)).hasSize(2);
      api.assertExhausted();
    }
  }

  private static void sendStart(FakeBotApi api, long chat) {
    api.userSends(chat, chat, "Đoàn viên " + chat, "/start");
  }

  /** Presses {@code data} under the topic choice that follows the welcome of {@code /start}. */
  private static void press(FakeBotApi api, long chat, String data) {
    SentMessage topics = api.awaitMessages(chat, 2, FakeBotApi.WAIT).get(1);
    api.userPresses(chat, chat, topics.messageId(), data);
  }

  private static void awaitChosen(FakeBotApi api, long chat) {
    api.awaitEdit(chat, api.messagesIn(chat).get(1).messageId(), FakeBotApi.WAIT);
  }

  private static void start(FakeBotApi api, long chat) {
    sendStart(api, chat);
    api.awaitMessages(chat, 2, FakeBotApi.WAIT);
  }

  private long create(RunningApp app, String token, String text, int recipients) throws Exception {
    HttpResponse<String> response =
        send(
            app,
            "POST",
            "/api/broadcasts",
            token,
            "{\"text\": \"" + text + "\", \"audience\": {\"kind\": \"all\"}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode created = JSON.readTree(response.body());
    assertThat(created.get("recipients").asInt()).isEqualTo(recipients);
    return created.get("id").asLong();
  }

  private JsonNode awaitDone(RunningApp app, String token, long id) throws Exception {
    Instant deadline = Instant.now().plus(FakeBotApi.WAIT);
    while (true) {
      JsonNode broadcast =
          JSON.readTree(send(app, "GET", "/api/broadcasts/" + id, token, null).body());
      if (broadcast.get("state").asText().equals("done")) {
        return broadcast;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Broadcast " + id + " not done: " + broadcast);
      }
      Thread.sleep(50);
    }
  }

  private HttpResponse<String> send(
      RunningApp app, String method, String path, String token, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
