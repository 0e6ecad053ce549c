package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.questions.ShownAnswer;
import vn.trolycongdoan.bot.questions.SqliteQuestionLog;
import vn.trolycongdoan.bot.questions.Vote;
import vn.trolycongdoan.bot.reports.staff.SqliteStaffTokens;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.suggestions.SqliteSuggestionStore;
import vn.trolycongdoan.bot.web.dashboard.DashboardClient;

/**
 * The Kiến nghị and Câu hỏi API of the whole service on real SQLite, asked over HTTP with staff
 * bearer tokens (and a dashboard session for the CSRF checks): kiến nghị and questions seeded in
 * the service's database while it runs. Needs the knowledge implementation.
 */
class MembersApiTest {

  private static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(1)>";
  private static final ChatUser HUONG = new ChatUser(Channel.TELEGRAM, "701", "701", "Hương");
  private static final ChatUser LAN = new ChatUser(Channel.TELEGRAM, "702", "702", "Lan");
  private static final ChatUser GUEST = new ChatUser(Channel.WEB, "web-9", "web-9", "");

  @TempDir static Path data;

  private static final String PASSWORD = "mật khẩu của Minh";

  private static Settings settings;
  private static RunningApp app;
  private static String admin;
  private static String cityStaff;
  private static String districtStaff;
  private static long city;
  private static long district;
  private static long web;
  private static long unanswered;
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startAndSeed() throws Exception {
    settings = TestSettings.inFolder(data);
    app = RunningApp.start(settings);
    try (Database database = Database.open(settings.databaseFile())) {
      SqliteStaffTokens tokens = new SqliteStaffTokens(database);
      admin = tokens.create(new StaffMember("Quản trị", StaffRole.ADMIN, null), Instant.now());
      cityStaff =
          tokens.create(new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC"), Instant.now());
      districtStaff =
          tokens.create(new StaffMember("Chị Hoa", StaffRole.STAFF, "TDG"), Instant.now());
      SqliteSuggestionStore suggestions = new SqliteSuggestionStore(database);
      Instant now = Instant.now();
      city =
          suggestions.add(HUONG, "TPLC-01", "Nhà xe bị dột " + SCRIPT, now.minusSeconds(300)).id();
      district =
          suggestions
              .add(LAN, "TDG-02", "Đề nghị khám sức khỏe ca đêm.", now.minusSeconds(200))
              .id();
      web = suggestions.add(GUEST, null, "Cần thêm chỗ gửi xe máy.", now.minusSeconds(100)).id();
      SqliteQuestionLog log = new SqliteQuestionLog(database);
      unanswered = log.record(HUONG, "Mức đóng đoàn phí là bao nhiêu?", null, now);
      long disliked =
          log.record(
              LAN,
              "đoàn phí đóng bao nhiêu",
              new ShownAnswer(0, "hd-29", "Điều 4", "Hướng dẫn 29, Điều 4", "1% tiền lương."),
              now.plusSeconds(1));
      log.vote(disliked, 0, LAN, Vote.DOWN, now.plusSeconds(2));
      log.record(HUONG, "Nghỉ thai sản mấy tháng " + SCRIPT, null, now.plusSeconds(3));
    }
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void without_a_token_every_route_of_both_pages_answers_401_and_the_pages_go_to_the_login() {
    List<String> replies = app.column("SELECT count(*) FROM suggestion_replies");
    List<String> statuses = app.column("SELECT status FROM suggestions WHERE id = ?", city);
    List<HttpRequest> requests =
        List.of(
            request("/api/quanly/suggestions", null).GET().build(),
            request("/api/quanly/suggestions/" + city, null).GET().build(),
            request("/api/quanly/suggestions/" + city + "/replies", null)
                .POST(json("{\"text\": \"Trả lời\"}"))
                .build(),
            request("/api/quanly/suggestions/" + city + "/status", null)
                .PUT(json("{\"status\": \"in_progress\"}"))
                .build(),
            request("/api/quanly/questions", null).GET().build(),
            request("/api/quanly/questions/" + unanswered, null).GET().build());
    for (HttpRequest request : requests) {
      HttpResponse<String> response = send(request);

      assertThat(response.statusCode()).as(request.uri().toString()).isEqualTo(401);
      assertThat(HttpTestClient.errorText(response)).containsIgnoringCase("mã truy cập");
    }
    for (String page : List.of("/quanly/kiennghi", "/quanly/cauhoi")) {
      HttpResponse<String> response = send(request(page, null).GET().build());

      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .contains("/quanly/dangnhap?next=%2Fquanly%2F" + page.substring("/quanly/".length()));
    }
    assertThat(app.column("SELECT count(*) FROM suggestion_replies")).isEqualTo(replies);
    assertThat(app.column("SELECT status FROM suggestions WHERE id = ?", city)).isEqualTo(statuses);
  }

  @Test
  void the_inbox_shows_each_account_its_subtree_and_admins_everything_newest_first() {
    JsonNode all = HttpTestClient.okJson(get("/api/quanly/suggestions", admin));
    JsonNode cities = HttpTestClient.okJson(get("/api/quanly/suggestions", cityStaff));
    JsonNode districts = HttpTestClient.okJson(get("/api/quanly/suggestions", districtStaff));

    assertThat(ids(all)).startsWith(web, district, city);
    assertThat(ids(cities)).containsExactly(city);
    assertThat(ids(districts)).containsExactly(district);
    JsonNode entry = cities.get("entries").get(0);
    assertThat(entry.get("reference").asText()).isEqualTo(String.format("KN-%06d", city));
    assertThat(entry.get("unit").get("code").asText()).isEqualTo("TPLC-01");
    assertThat(entry.get("unit").get("name").asText())
        .isEqualTo("CĐCS Ủy ban nhân dân phường Tân Phong");
    assertThat(entry.get("sender").asText()).isEqualTo("Hương");
    assertThat(entry.get("preview").asText()).isEqualTo("Nhà xe bị dột " + SCRIPT);
    assertThat(all.get("entries").get(0).get("unit").isNull()).isTrue();
  }

  @Test
  void another_districts_staff_gets_404_for_its_kien_nghi_and_changes_nothing() {
    HttpResponse<String> read = get("/api/quanly/suggestions/" + district, cityStaff);
    HttpResponse<String> reply =
        send(
            request("/api/quanly/suggestions/" + district + "/replies", cityStaff)
                .POST(json("{\"text\": \"Tôi trả lời hộ.\"}"))
                .build());
    HttpResponse<String> status =
        send(
            request("/api/quanly/suggestions/" + district + "/status", cityStaff)
                .PUT(json("{\"status\": \"in_progress\"}"))
                .build());
    HttpResponse<String> noUnit = get("/api/quanly/suggestions/" + web, districtStaff);

    for (HttpResponse<String> response : List.of(read, reply, status, noUnit)) {
      assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
      assertThat(HttpTestClient.errorText(response))
          .contains("Không có kiến nghị mã")
          .doesNotContain("TDG", "khám");
    }
    assertThat(
            app.column("SELECT count(*) FROM suggestion_replies WHERE suggestion_id = ?", district))
        .containsExactly("0");
    assertThat(app.column("SELECT status FROM suggestions WHERE id = ?", district))
        .containsExactly("NEW");
  }

  @Test
  void a_reply_with_script_is_stored_and_answered_literally_and_queued_escaped_for_telegram() {
    HttpResponse<String> response =
        send(
            request("/api/quanly/suggestions/" + city + "/replies", cityStaff)
                .POST(json("{\"text\": \"Đã đề nghị sửa. " + SCRIPT.replace("\"", "\\\"") + "\"}"))
                .build());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode thread = HttpTestClient.json(response);
    assertThat(thread.get("status").asText()).isEqualTo("answered");
    assertThat(thread.get("statusBy").asText()).isEqualTo("Anh Minh");
    assertThat(thread.get("text").asText()).isEqualTo("Nhà xe bị dột " + SCRIPT);
    assertThat(thread.get("deliverable").asBoolean()).isTrue();
    JsonNode reply = thread.get("replies").get(thread.get("replies").size() - 1);
    assertThat(reply.get("text").asText()).isEqualTo("Đã đề nghị sửa. " + SCRIPT);
    assertThat(reply.get("by").asText()).isEqualTo("Anh Minh");
    assertThat(reply.get("delivery").asText()).isIn("queued", "sending", "failed");
    assertThat(app.column("SELECT text FROM suggestion_replies WHERE suggestion_id = ?", city))
        .contains("Đã đề nghị sửa. " + SCRIPT);
    assertThat(app.column("SELECT payload FROM outbox WHERE chat_id = '701'"))
        .singleElement()
        .asString()
        .contains("Đã đề nghị sửa. &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>");
  }

  @Test
  void a_reply_to_a_web_chat_kien_nghi_is_kept_and_shown_as_undeliverable() {
    HttpResponse<String> response =
        send(
            request("/api/quanly/suggestions/" + web + "/replies", admin)
                .POST(json("{\"text\": \"Đã chuyển ban quản lý.\"}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode thread = HttpTestClient.json(response);
    assertThat(thread.get("deliverable").asBoolean()).isFalse();
    assertThat(thread.get("channel").asText()).isEqualTo("web");
    assertThat(thread.get("replies").get(0).get("delivery").asText()).isEqualTo("undeliverable");
    assertThat(app.column("SELECT count(*) FROM outbox WHERE chat_id = 'web-9'"))
        .containsExactly("0");
  }

  @Test
  void the_status_is_set_by_hand_and_filters_the_inbox() {
    HttpResponse<String> response =
        send(
            request("/api/quanly/suggestions/" + district + "/status", districtStaff)
                .PUT(json("{\"status\": \"in_progress\"}"))
                .build());

    assertThat(HttpTestClient.okJson(response).get("status").asText()).isEqualTo("in_progress");
    JsonNode inProgress =
        HttpTestClient.okJson(get("/api/quanly/suggestions?status=in_progress", admin));
    assertThat(ids(inProgress)).contains(district).doesNotContain(web);
    inProgress
        .get("entries")
        .forEach(entry -> assertThat(entry.get("status").asText()).isEqualTo("in_progress"));
  }

  @Test
  void bad_requests_are_a_400_in_vietnamese() {
    HttpResponse<String> badJson =
        send(
            request("/api/quanly/suggestions/" + city + "/replies", admin)
                .POST(json("không phải JSON"))
                .build());
    HttpResponse<String> badStatus =
        send(
            request("/api/quanly/suggestions/" + city + "/status", admin)
                .PUT(json("{\"status\": \"closed\"}"))
                .build());
    HttpResponse<String> badId = get("/api/quanly/suggestions/abc", admin);
    HttpResponse<String> badDay = get("/api/quanly/suggestions?from=hôm%20qua", admin);
    HttpResponse<String> badPeriod =
        get("/api/quanly/questions?from=2026-12-02&to=2026-12-01", admin);

    assertThat(List.of(badJson, badStatus, badId, badDay, badPeriod))
        .extracting(HttpResponse::statusCode)
        .containsOnly(400);
    assertThat(HttpTestClient.errorText(badJson))
        .isEqualTo("Nội dung gửi lên không phải JSON hợp lệ.");
    assertThat(HttpTestClient.errorText(badStatus)).contains("Trạng thái \"closed\"");
    assertThat(HttpTestClient.errorText(badId)).isEqualTo("Mã số trong đường dẫn không hợp lệ.");
    assertThat(HttpTestClient.errorText(badDay)).contains("(from)");
    assertThat(HttpTestClient.errorText(badPeriod)).contains("đứng trước");
  }

  @Test
  void every_staff_account_sees_the_organisations_question_groups_with_what_was_answered() {
    JsonNode forCity = HttpTestClient.okJson(get("/api/quanly/questions", cityStaff));
    JsonNode forAdmin = HttpTestClient.okJson(get("/api/quanly/questions", admin));

    assertThat(forCity).isEqualTo(forAdmin);
    assertThat(forCity.get("questions").asInt()).isEqualTo(3);
    JsonNode dues = forCity.get("groups").get(0);
    assertThat(dues.get("count").asInt()).isEqualTo(2);
    assertThat(dues.get("unanswered").asInt()).isEqualTo(1);
    assertThat(dues.get("disliked").asInt()).isEqualTo(1);
    assertThat(dues.get("label").asText()).isEqualTo("đoàn phí đóng bao nhiêu");
    assertThat(dues.get("questions").get(1).get("text").asText())
        .isEqualTo("Mức đóng đoàn phí là bao nhiêu?");
    assertThat(forCity.get("groups").get(1).get("label").asText())
        .isEqualTo("Nghỉ thai sản mấy tháng " + SCRIPT);
    JsonNode answered =
        HttpTestClient.okJson(
            get(
                "/api/quanly/questions/" + dues.get("questions").get(0).get("id").asLong(),
                cityStaff));
    assertThat(answered.get("answers").get(0).get("citation").asText())
        .isEqualTo("Hướng dẫn 29, Điều 4");
    assertThat(answered.get("answers").get(0).get("downVotes").asInt()).isEqualTo(1);
    assertThat(get("/api/quanly/questions/999999", admin).statusCode()).isEqualTo(404);
  }

  @Test
  void with_a_session_a_change_without_or_with_a_wrong_csrf_token_is_a_403_and_changes_nothing() {
    DashboardClient browser = new DashboardClient(app.port());
    DashboardClient.addAccount(settings.databaseFile(), "minh", "Anh Minh", "TPLC", PASSWORD);
    assertThat(browser.logIn("minh", PASSWORD).statusCode()).isEqualTo(303);
    String csrf = browser.csrf();
    List<String> replies = app.column("SELECT count(*) FROM suggestion_replies");
    List<String> statuses = app.column("SELECT status FROM suggestions WHERE id = ?", city);

    for (String token : new String[] {null, "", csrf + "x"}) {
      HttpResponse<String> reply =
          browser.send(
              "POST",
              "/api/quanly/suggestions/" + city + "/replies",
              "{\"text\": \"Trả lời giả mạo\"}",
              token);
      HttpResponse<String> status =
          browser.send(
              "PUT",
              "/api/quanly/suggestions/" + city + "/status",
              "{\"status\": \"in_progress\"}",
              token);

      assertThat(reply.statusCode()).as("reply with token " + token).isEqualTo(403);
      assertThat(status.statusCode()).as("status with token " + token).isEqualTo(403);
    }
    assertThat(app.column("SELECT count(*) FROM suggestion_replies")).isEqualTo(replies);
    assertThat(app.column("SELECT status FROM suggestions WHERE id = ?", city)).isEqualTo(statuses);
    assertThat(
            DashboardClient.json(
                    browser.send(
                        "PUT",
                        "/api/quanly/suggestions/" + city + "/status",
                        "{\"status\": \"in_progress\"}",
                        csrf))
                .get("status")
                .asText())
        .isEqualTo("in_progress");
    assertThat(browser.get("/api/quanly/suggestions/" + district).statusCode()).isEqualTo(404);
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new java.util.ArrayList<>();
    page.get("entries").forEach(entry -> ids.add(entry.get("id").asLong()));
    return ids;
  }

  private static HttpRequest.BodyPublisher json(String body) {
    return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
  }

  private static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private static HttpResponse<String> get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
