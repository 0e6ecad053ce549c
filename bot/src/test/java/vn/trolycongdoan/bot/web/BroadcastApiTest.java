package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.members.SqliteSubscriberStore;
import vn.trolycongdoan.bot.reports.staff.SqliteStaffTokens;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;

/**
 * The broadcast API of the whole service on real SQLite, Telegram off (rows stay queued):
 * subscribers, reporters and tokens seeded in the same database, asked over HTTP, with a corpus of
 * one short document so the service starts in a moment.
 */
class BroadcastApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir static Path data;

  private static RunningApp app;
  private static String admin;
  private static String cityStaff;

  @BeforeAll
  static void startAndSeed() throws Exception {
    Path corpus = Files.createDirectories(data.resolve("corpus"));
    Files.writeString(corpus.resolve("ke-hoach.txt"), "KẾ HOẠCH\nTháng Công nhân năm 2026.\n");
    Settings settings =
        TestSettings.inFolder(data, Map.of(SettingKey.CORPUS_DIR, corpus.toString()));
    app = RunningApp.start(settings);
    try (Database database = Database.open(settings.databaseFile())) {
      SqliteSubscriberStore subscribers = new SqliteSubscriberStore(database);
      for (String chat : List.of("801", "802", "803", "804")) {
        subscribers.setSubscribed(
            new ChatUser(Channel.TELEGRAM, chat, chat, "Đoàn viên " + chat), true, Instant.now());
      }
      subscribers.markBlocked(Channel.TELEGRAM, "804");
      for (String[] reporter :
          new String[][] {{"801", "TPLC-01"}, {"802", "TPLC-02"}, {"803", "TDG-01"}}) {
        database
            .jdbc()
            .update(
                "INSERT INTO reporters (channel, user_id, unit_code, registered_at)"
                    + " VALUES ('TELEGRAM', ?, ?, 0)",
                reporter[0],
                reporter[1]);
      }
      for (String[] tag :
          new String[][] {
            {"801", "phap-luat"}, {"802", "phap-luat"}, {"803", "cham-lo"}, {"804", "phap-luat"}
          }) {
        database
            .jdbc()
            .update(
                "INSERT INTO member_tags (channel, chat_id, tag, chosen_at)"
                    + " VALUES ('TELEGRAM', ?, ?, 0)",
                tag[0],
                tag[1]);
      }
      SqliteStaffTokens tokens = new SqliteStaffTokens(database);
      admin = tokens.create(new StaffMember("Quản trị", StaffRole.ADMIN, null), Instant.now());
      cityStaff =
          tokens.create(new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC"), Instant.now());
    }
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void without_a_valid_token_every_broadcast_route_answers_401_in_vietnamese() {
    for (String[] route :
        new String[][] {
          {"POST", "/api/broadcasts"},
          {"GET", "/api/broadcasts"},
          {"GET", "/api/broadcasts/1"},
          {"POST", "/api/broadcasts/1/pause"},
          {"POST", "/api/broadcasts/1/resume"},
          {"POST", "/api/broadcasts/1/cancel"}
        }) {
      for (String token : new String[] {null, "not-a-token"}) {
        HttpResponse<String> response = send(route[0], route[1], token, "{}");

        assertThat(response.statusCode()).as(route[1] + " " + token).isEqualTo(401);
        assertThat(error(response)).containsIgnoringCase("mã truy cập");
      }
    }
  }

  @Test
  void an_admin_sends_to_the_subscribers_who_chose_a_tag() throws Exception {
    HttpResponse<String> created =
        post(
            "/api/broadcasts",
            admin,
            "{\"text\": \"Luật Công đoàn 2024\", \"audience\": {\"kind\": \"tag\","
                + " \"tag\": \"phap-luat\"}}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode answer = JSON.readTree(created.body());
    assertThat(answer.get("recipients").asInt()).as("801 and 802; 804 blocked").isEqualTo(2);
    assertThat(
            app.column(
                "SELECT chat_id FROM outbox WHERE broadcast_id = ? ORDER BY chat_id",
                answer.get("id").asLong()))
        .containsExactly("801", "802");
    JsonNode shown =
        JSON.readTree(send("GET", "/api/broadcasts/" + answer.get("id"), admin, null).body());
    assertThat(shown.get("audience").get("kind").asText()).isEqualTo("tag");
    assertThat(shown.get("audience").get("tag").asText()).isEqualTo("phap-luat");
  }

  @Test
  void an_admin_sends_to_all_subscribers_now_and_reads_the_counts() throws Exception {
    HttpResponse<String> created =
        post(
            "/api/broadcasts",
            admin,
            "{\"text\": \"Tháng Công nhân\", \"audience\": {\"kind\": \"all\"}}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode answer = JSON.readTree(created.body());
    assertThat(answer.get("recipients").asInt()).as("blocked 804 left out").isEqualTo(3);
    assertThat(answer.get("state").asText()).isEqualTo("sending");

    JsonNode one =
        HttpTestClient.okJson(
            send("GET", "/api/broadcasts/" + answer.get("id").asLong(), admin, null));
    assertThat(one.get("text").asText()).isEqualTo("Tháng Công nhân");
    assertThat(one.get("audience").get("kind").asText()).isEqualTo("all");
    assertThat(one.get("createdBy").asText()).isEqualTo("Quản trị");
    assertThat(one.get("sendAt").asText()).endsWith("+07:00");
    assertThat(one.get("counts").get("queued").asInt()).isEqualTo(3);
    assertThat(one.get("counts").get("sent").asInt()).isZero();
    assertThat(
            app.column(
                "SELECT DISTINCT priority FROM outbox WHERE broadcast_id = ?",
                answer.get("id").asLong()))
        .containsExactly("2");
  }

  @Test
  void a_staff_token_sends_within_its_subtree_only_and_sees_only_those_broadcasts()
      throws Exception {
    HttpResponse<String> all =
        post("/api/broadcasts", cityStaff, "{\"text\": \"x\", \"audience\": {\"kind\": \"all\"}}");
    HttpResponse<String> outside =
        post(
            "/api/broadcasts",
            cityStaff,
            "{\"text\": \"x\", \"audience\": {\"kind\": \"unit\", \"unit\": \"TDG\", \"subtree\": true}}");
    HttpResponse<String> own =
        post(
            "/api/broadcasts",
            cityStaff,
            "{\"text\": \"Họp\", \"audience\": {\"kind\": \"unit\", \"unit\": \"TPLC\", \"subtree\": true}}");
    HttpResponse<String> everyone =
        post("/api/broadcasts", admin, "{\"text\": \"y\", \"audience\": {\"kind\": \"all\"}}");

    assertThat(all.statusCode()).isEqualTo(403);
    assertThat(error(all)).startsWith("Chỉ quản trị viên");
    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(own.statusCode()).isEqualTo(201);
    long ownId = JSON.readTree(own.body()).get("id").asLong();
    assertThat(JSON.readTree(own.body()).get("recipients").asInt()).isEqualTo(2);
    long everyoneId = JSON.readTree(everyone.body()).get("id").asLong();

    JsonNode list = HttpTestClient.okJson(send("GET", "/api/broadcasts", cityStaff, null));
    assertThat(list.findValuesAsText("text")).containsOnly("Họp");
    assertThat(list.get(0).get("id").asLong()).isEqualTo(ownId);
    assertThat(send("GET", "/api/broadcasts/" + everyoneId, cityStaff, null).statusCode())
        .isEqualTo(404);
    assertThat(
            send("POST", "/api/broadcasts/" + everyoneId + "/cancel", cityStaff, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void bad_input_is_a_400_with_a_vietnamese_error_and_stores_nothing() {
    String before = app.column("SELECT count(*) FROM broadcasts").get(0);

    assertThat(error(post("/api/broadcasts", admin, "không phải JSON"))).contains("JSON");
    assertThat(error(post("/api/broadcasts", admin, "{\"audience\": {\"kind\": \"all\"}}")))
        .startsWith("Thiếu trường \"text\"");
    assertThat(error(post("/api/broadcasts", admin, "{\"text\": \"x\"}")))
        .startsWith("Thiếu trường \"audience\"");
    assertThat(
            error(
                post(
                    "/api/broadcasts",
                    admin,
                    "{\"text\": \"x\", \"audience\": {\"kind\": \"nhom\"}}")))
        .contains("\"nhom\" không hợp lệ");
    assertThat(
            error(
                post(
                    "/api/broadcasts",
                    admin,
                    "{\"text\": \"x\", \"audience\": {\"kind\": \"tag\", \"tag\": \"pháp luật\"}}")))
        .startsWith("Không có chủ đề mã \"pháp luật\"; các chủ đề: tin-tuc (Tin tức chung)");
    assertThat(
            error(
                post(
                    "/api/broadcasts",
                    admin,
                    "{\"text\": \"x\", \"audience\": {\"kind\": \"tag\"}}")))
        .startsWith("Người nhận theo chủ đề cần trường \"tag\"");
    assertThat(
            error(
                post(
                    "/api/broadcasts",
                    admin,
                    "{\"text\": \"x\", \"audience\": {\"kind\": \"unit\", \"unit\": \"KHONGCO\"}}")))
        .contains("Không có đơn vị mã \"KHONGCO\"");
    assertThat(
            error(
                post(
                    "/api/broadcasts",
                    admin,
                    "{\"text\": \"x\", \"audience\": {\"kind\": \"all\"}, \"sendAt\": \"24/12 8 giờ\"}")))
        .contains("2026-12-24T08:00:00+07:00");
    assertThat(
            error(
                post(
                    "/api/broadcasts",
                    admin,
                    "{\"text\": \"" + "a".repeat(4097) + "\", \"audience\": {\"kind\": \"all\"}}")))
        .contains("4096");
    assertThat(send("GET", "/api/broadcasts/abc", admin, null).statusCode()).isEqualTo(400);
    assertThat(send("GET", "/api/broadcasts/99999", admin, null).statusCode()).isEqualTo(404);
    assertThat(app.column("SELECT count(*) FROM broadcasts")).containsExactly(before);
  }

  @Test
  void a_scheduled_broadcast_waits_and_pause_resume_cancel_follow_its_state() throws Exception {
    HttpResponse<String> scheduled =
        post(
            "/api/broadcasts",
            admin,
            "{\"text\": \"Tết Sum vầy\", \"audience\": {\"kind\": \"unit\", \"unit\": \"TDG-01\"},"
                + " \"sendAt\": \"2099-01-20T08:00:00+07:00\"}");
    assertThat(scheduled.statusCode()).isEqualTo(201);
    long id = JSON.readTree(scheduled.body()).get("id").asLong();
    assertThat(JSON.readTree(scheduled.body()).get("state").asText()).isEqualTo("scheduled");
    assertThat(
            HttpTestClient.okJson(send("GET", "/api/broadcasts/" + id, admin, null))
                .get("sendAt")
                .asText())
        .isEqualTo("2099-01-20T08:00:00+07:00");

    HttpResponse<String> pause = send("POST", "/api/broadcasts/" + id + "/pause", admin, null);
    assertThat(pause.statusCode()).isEqualTo(409);
    assertThat(error(pause)).contains("đang chờ đến giờ hẹn");
    JsonNode cancelled =
        HttpTestClient.okJson(send("POST", "/api/broadcasts/" + id + "/cancel", admin, null));
    assertThat(cancelled.get("state").asText()).isEqualTo("cancelled");
    assertThat(send("POST", "/api/broadcasts/" + id + "/resume", admin, null).statusCode())
        .isEqualTo(409);

    long now =
        JSON.readTree(
                post(
                        "/api/broadcasts",
                        admin,
                        "{\"text\": \"z\", \"audience\": {\"kind\": \"unit\", \"unit\": \"TDG-01\"}}")
                    .body())
            .get("id")
            .asLong();
    JsonNode paused =
        HttpTestClient.okJson(send("POST", "/api/broadcasts/" + now + "/pause", admin, null));
    assertThat(paused.get("state").asText()).isEqualTo("paused");
    assertThat(paused.get("counts").get("queued").asInt()).isEqualTo(1);
    assertThat(app.column("SELECT state FROM outbox WHERE broadcast_id = ?", now))
        .containsExactly("PAUSED");
    JsonNode resumed =
        HttpTestClient.okJson(send("POST", "/api/broadcasts/" + now + "/resume", admin, null));
    assertThat(resumed.get("state").asText()).isEqualTo("sending");
    assertThat(app.column("SELECT state FROM outbox WHERE broadcast_id = ?", now))
        .containsExactly("QUEUED");
  }

  private static HttpResponse<String> post(String path, String token, String body) {
    return send("POST", path, token, body);
  }

  private static HttpResponse<String> send(String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String error(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
    return HttpTestClient.errorText(response);
  }
}
