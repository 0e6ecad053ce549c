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
 * What the Phát sóng page asks besides {@code /api/broadcasts}, over HTTP on the whole service
 * (Telegram off, so rows stay queued): the audiences an account may pick, and the preview with its
 * recipient count, which creates nothing; a district's staff account reaches only its district.
 */
class BroadcastPreviewApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String SCRIPT = "<script>alert(1)</script> <img src=x onerror=alert(1)>";

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
      for (String chat : List.of("801", "802", "803")) {
        subscribers.setSubscribed(
            new ChatUser(Channel.TELEGRAM, chat, chat, "Đoàn viên " + chat), true, Instant.now());
      }
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
      database
          .jdbc()
          .update(
              "INSERT INTO member_tags (channel, chat_id, tag, chosen_at)"
                  + " VALUES ('TELEGRAM', '803', 'phap-luat', 0)");
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
  void without_a_token_the_routes_answer_401_and_the_page_sends_to_the_login() {
    assertThat(send("GET", "/api/quanly/broadcasts/audiences", null, null).statusCode())
        .isEqualTo(401);
    assertThat(send("POST", "/api/quanly/broadcasts/preview", null, "{}").statusCode())
        .isEqualTo(401);
    HttpResponse<String> page = send("GET", "/quanly/phatsong", null, null);
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .contains("/quanly/dangnhap?next=%2Fquanly%2Fphatsong");
  }

  @Test
  void the_page_is_served_under_the_strict_policy() {
    HttpResponse<String> page = send("GET", "/quanly/phatsong", cityStaff, null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Phát sóng</h1>", "/quanly/assets/phatsong.js");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
  }

  @Test
  void a_district_account_picks_among_its_own_units_only_and_an_admin_among_all() {
    JsonNode city =
        HttpTestClient.okJson(send("GET", "/api/quanly/broadcasts/audiences", cityStaff, null));
    JsonNode everyone =
        HttpTestClient.okJson(send("GET", "/api/quanly/broadcasts/audiences", admin, null));

    assertThat(city.get("all").asBoolean()).isFalse();
    assertThat(city.get("tags")).isEmpty();
    assertThat(city.get("units").findValuesAsText("code"))
        .startsWith("TPLC", "TPLC-01")
        .allMatch(code -> code.startsWith("TPLC"));
    assertThat(city.get("units").get(0).get("depth").asInt()).isEqualTo(1);
    assertThat(everyone.get("all").asBoolean()).isTrue();
    assertThat(everyone.get("units").findValuesAsText("code")).contains("TPLC", "TDG-01");
    assertThat(everyone.get("tags").findValuesAsText("key")).contains("phap-luat");
  }

  @Test
  void a_preview_counts_the_recipients_and_gives_the_text_back_literally_creating_nothing()
      throws Exception {
    String before = app.column("SELECT count(*) FROM outbox").get(0);
    String broadcasts = app.column("SELECT count(*) FROM broadcasts").get(0);

    JsonNode subtree =
        HttpTestClient.okJson(
            preview(
                cityStaff, SCRIPT, "{\"kind\": \"unit\", \"unit\": \"TPLC\", \"subtree\": true}"));
    JsonNode one =
        HttpTestClient.okJson(
            preview(cityStaff, "x", "{\"kind\": \"unit\", \"unit\": \"TPLC-01\"}"));
    JsonNode tag =
        HttpTestClient.okJson(preview(admin, "x", "{\"kind\": \"tag\", \"tag\": \"phap-luat\"}"));
    JsonNode all = HttpTestClient.okJson(preview(admin, "  Chào  ", "{\"kind\": \"all\"}"));

    assertThat(subtree.get("recipients").asInt()).isEqualTo(2);
    assertThat(subtree.get("text").asText()).isEqualTo(SCRIPT);
    assertThat(subtree.get("scheduled").asBoolean()).isFalse();
    assertThat(one.get("recipients").asInt()).isEqualTo(1);
    assertThat(tag.get("recipients").asInt()).isEqualTo(1);
    assertThat(all.get("recipients").asInt()).isEqualTo(3);
    assertThat(all.get("text").asText()).isEqualTo("Chào");
    assertThat(app.column("SELECT count(*) FROM outbox")).containsExactly(before);
    assertThat(app.column("SELECT count(*) FROM broadcasts")).containsExactly(broadcasts);
  }

  @Test
  void a_district_account_can_neither_preview_nor_send_to_another_district() {
    String otherDistrict = "{\"kind\": \"unit\", \"unit\": \"TDG\", \"subtree\": true}";

    HttpResponse<String> preview = preview(cityStaff, "x", otherDistrict);
    HttpResponse<String> everyone = preview(cityStaff, "x", "{\"kind\": \"all\"}");
    HttpResponse<String> sent =
        send(
            "POST",
            "/api/broadcasts",
            cityStaff,
            "{\"text\": \"x\", \"audience\": " + otherDistrict + "}");

    assertThat(preview.statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.errorText(preview)).contains("TDG");
    assertThat(everyone.statusCode()).isEqualTo(403);
    assertThat(sent.statusCode()).isEqualTo(403);
    assertThat(app.column("SELECT count(*) FROM outbox WHERE chat_id = '803'"))
        .containsExactly("0");
  }

  @Test
  void a_preview_refuses_what_sending_would_refuse() {
    HttpResponse<String> past =
        send(
            "POST",
            "/api/quanly/broadcasts/preview",
            admin,
            "{\"text\": \"x\", \"audience\": {\"kind\": \"all\"}, \"sendAt\": \"2020-01-01T08:00\"}");
    HttpResponse<String> empty = preview(admin, " ", "{\"kind\": \"all\"}");
    HttpResponse<String> notJson = send("POST", "/api/quanly/broadcasts/preview", admin, "{");

    assertThat(past.statusCode()).isEqualTo(400);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(HttpTestClient.errorText(notJson)).contains("JSON");
  }

  @Test
  void a_broadcast_with_script_is_stored_literally_and_escaped_for_telegram() throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "/api/broadcasts",
            admin,
            JSON.writeValueAsString(
                Map.of("text", SCRIPT, "audience", Map.of("kind", "unit", "unit", "TDG-01"))));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = JSON.readTree(created.body()).get("id").asLong();
    assertThat(
            HttpTestClient.okJson(send("GET", "/api/broadcasts/" + id, admin, null))
                .get("text")
                .asText())
        .isEqualTo(SCRIPT);
    assertThat(app.column("SELECT payload FROM outbox WHERE broadcast_id = ?", id))
        .singleElement()
        .satisfies(
            payload -> assertThat(payload).contains("&lt;script&gt;").doesNotContain("<script>"));
  }

  private static HttpResponse<String> preview(String token, String text, String audience) {
    try {
      return send(
          "POST",
          "/api/quanly/broadcasts/preview",
          token,
          "{\"text\": " + JSON.writeValueAsString(text) + ", \"audience\": " + audience + "}");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
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
}
