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
 * TelegramBots client to the fake Bot API, the scheduled jobs running every 50 ms.
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

  private static void start(FakeBotApi api, long chat) {
    api.userSends(chat, chat, "Đoàn viên " + chat, "/start");
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
