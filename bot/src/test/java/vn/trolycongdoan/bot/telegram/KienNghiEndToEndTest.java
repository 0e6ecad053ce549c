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
 * A kiến nghị in the whole service: a registered reporter sends it with {@code /kiennghi} to the
 * fake Bot API, it reaches the inbox of their unit's staff (not another district's), and the staff
 * reply, sent over the staff API, reaches the member through the outbox and the real TelegramBots
 * client, its delivery then read as sent.
 */
class KienNghiEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MEMBER = 9301;
  private static final String SCRIPT = "<script>alert(1)</script>";

  @TempDir Path data;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void a_members_kien_nghi_reaches_their_units_staff_whose_reply_reaches_the_member()
      throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      Settings settings =
          TestSettings.inFolder(
                  data, Map.of(SettingKey.CORPUS_DIR, ReporterSteps.tinyCorpus(data).toString()))
              .withTelegram(api.pollingSettings());
      try (RunningApp app =
              RunningApp.start(settings, new Timing(Clock.systemUTC(), Duration.ofMillis(50)));
          Database database = Database.open(settings.databaseFile())) {
        SqliteStaffTokens tokens = new SqliteStaffTokens(database);
        String city =
            tokens.create(new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC"), Instant.now());
        String district =
            tokens.create(new StaffMember("Chị Hoa", StaffRole.STAFF, "TDG"), Instant.now());
        ReporterSteps member = new ReporterSteps(api, database);
        member.register(MEMBER, "Hương", "TPLC-02");

        SentMessage receipt =
            member.send(MEMBER, "Hương", "/kiennghi Nhà xe bị dột khi mưa " + SCRIPT);
        assertThat(receipt.text()).contains("Số tham chiếu: KN-000001");

        JsonNode inbox = JSON.readTree(send(app, "GET", "/api/quanly/suggestions", city, null));
        assertThat(inbox.get("total").asInt()).isEqualTo(1);
        JsonNode entry = inbox.get("entries").get(0);
        assertThat(entry.get("unit").get("code").asText()).isEqualTo("TPLC-02");
        assertThat(entry.get("preview").asText()).isEqualTo("Nhà xe bị dột khi mưa " + SCRIPT);
        assertThat(
                JSON.readTree(send(app, "GET", "/api/quanly/suggestions", district, null))
                    .get("total")
                    .asInt())
            .isZero();

        send(
            app,
            "POST",
            "/api/quanly/suggestions/" + entry.get("id").asLong() + "/replies",
            city,
            "{\"text\": \"Công đoàn đã đề nghị công ty sửa mái trong tuần này. " + SCRIPT + "\"}");

        List<SentMessage> upToAnswer =
            api.awaitMessageThat(
                MEMBER,
                "the union's reply",
                message -> message.text().startsWith("📬"),
                FakeBotApi.WAIT);
        SentMessage answer = upToAnswer.get(upToAnswer.size() - 1);
        assertThat(answer.text())
            .isEqualTo(
                "📬 Công đoàn trả lời kiến nghị KN-000001 của bạn\n"
                    + "“Nhà xe bị dột khi mưa "
                    + SCRIPT
                    + "”\n\n"
                    + "Công đoàn đã đề nghị công ty sửa mái trong tuần này. "
                    + SCRIPT);
        assertThat(answer.entityTexts("bold")).containsExactly("KN-000001");
        assertThat(awaitDelivery(app, city, entry.get("id").asLong())).isEqualTo("sent");
      }
      api.assertExhausted();
    }
  }

  /** Waits until the reply's delivery has left the queue; returns it. */
  private String awaitDelivery(RunningApp app, String token, long id) throws Exception {
    Instant deadline = Instant.now().plus(FakeBotApi.WAIT);
    while (true) {
      JsonNode thread =
          JSON.readTree(send(app, "GET", "/api/quanly/suggestions/" + id, token, null));
      String delivery = thread.get("replies").get(0).get("delivery").asText();
      if (!delivery.equals("queued") && !delivery.equals("sending")) {
        return delivery;
      }
      assertThat(Instant.now()).as("reply delivered, now " + delivery).isBefore(deadline);
      Thread.sleep(50);
    }
  }

  private String send(RunningApp app, String method, String path, String token, String body)
      throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                    method,
                    body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isLessThan(300);
    return response.body();
  }
}
