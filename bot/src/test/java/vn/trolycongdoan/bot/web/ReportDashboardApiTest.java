package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.app.Timing;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.members.SqliteSubscriberStore;
import vn.trolycongdoan.bot.questions.ShownAnswer;
import vn.trolycongdoan.bot.questions.SqliteQuestionLog;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.staff.SqliteStaffTokens;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.reports.store.ConfirmedReport;
import vn.trolycongdoan.bot.reports.store.ReportValue;
import vn.trolycongdoan.bot.reports.store.SqliteReportStore;
import vn.trolycongdoan.bot.store.Database;

/**
 * The Báo cáo and Tổng quan pages' API in the whole service on real SQLite, asked over HTTP with
 * bearer tokens: the clock stands at 25/6/2026 09:00 in Việt Nam, after the first half-year's
 * deadline (20/6) and before it locks (5/7). Needs the knowledge implementation.
 */
class ReportDashboardApiTest {

  private static final ChatUser CHAIR = new ChatUser(Channel.TELEGRAM, "501", "501", "Chị Lan");
  private static final Period H1 = Period.parse("2026-H1");

  @TempDir static Path data;

  private static RunningApp app;
  private static String admin;
  private static String cityStaff;
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startAndSeed() throws Exception {
    Settings settings = TestSettings.inFolder(data);
    FakeClock clock = FakeClock.atVietnamTime("2026-06-25T09:00");
    app = RunningApp.start(settings, new Timing(clock, Duration.ofMinutes(10)));
    try (Database database = Database.open(settings.databaseFile())) {
      SqliteReportStore store =
          new SqliteReportStore(database, new Deadlines(settings.deadlines()));
      store.store(report("a", "TPLC-01", "2026-06-10T09:00", 15, 2));
      store.store(report("b", "TPLC-02", "2026-06-22T09:00", 7, 1));
      store.store(report("c", "TDG-01", "2026-06-01T09:00", 4, 1));
      database
          .jdbc()
          .update(
              "INSERT INTO reporters (channel, user_id, unit_code, registered_at)"
                  + " VALUES ('TELEGRAM', '701', 'TPLC-03', 0), ('TELEGRAM', '702', 'TDG-02', 0)");
      SqliteQuestionLog questions = new SqliteQuestionLog(database);
      ShownAnswer found = new ShownAnswer(0, "laws/x", "Điều 113", "Điều 113", "12 ngày");
      questions.record(CHAIR, "Nghỉ phép?", found, clock.instant());
      questions.record(CHAIR, "Nghỉ ốm?", null, clock.instant());
      questions.record(CHAIR, "Lương?", found, clock.instant().minus(Duration.ofDays(20)));
      SqliteSubscriberStore subscribers = new SqliteSubscriberStore(database);
      subscribers.setSubscribed(CHAIR, true, clock.instant());
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
  void without_a_token_the_apis_answer_401_and_the_pages_send_the_browser_to_the_login() {
    for (String path :
        List.of(
            "/api/quanly/reports/options",
            "/api/quanly/reports?period=2026-H1",
            "/api/quanly/reports/passage?document=plans/x&section=I",
            "/api/quanly/overview")) {
      HttpResponse<String> response = get(path, null);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(HttpTestClient.errorText(response)).containsIgnoringCase("mã truy cập");
    }
    HttpResponse<String> remind = post("/api/quanly/reports/remind", null, remindBody("TDG-02"));
    assertThat(remind.statusCode()).isEqualTo(401);
    assertThat(outboxTo("702")).isEmpty();
    for (String page : List.of("/quanly", "/quanly/baocao")) {
      HttpResponse<String> response = get(page, null);
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .contains(
              "/quanly/dangnhap?next=%2Fquanly"
                  + page.substring("/quanly".length()).replace("/", "%2F"));
    }
  }

  @Test
  void a_district_account_is_offered_its_subtree_only_and_refused_any_other_unit() {
    JsonNode options = HttpTestClient.okJson(get("/api/quanly/reports/options", cityStaff));

    assertThat(options.get("unit").asText()).isEqualTo("TPLC");
    assertThat(options.get("period").asText()).isEqualTo("2026-H1");
    assertThat(codes(options.get("units")))
        .containsExactly("TPLC", "TPLC-01", "TPLC-02", "TPLC-03", "TPLC-04");
    assertThat(options.get("units").get(1).get("depth").asInt()).isEqualTo(1);
    assertThat(options.get("periods").get(0).get("label").asText())
        .isEqualTo("6 tháng đầu năm 2026");

    HttpResponse<String> other = get("/api/quanly/reports?period=2026-H1&unit=TDG", cityStaff);
    HttpResponse<String> above = get("/api/quanly/reports?unit=LDLD", cityStaff);
    HttpResponse<String> remind =
        post("/api/quanly/reports/remind", cityStaff, remindBody("TDG-02"));

    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.errorText(other))
        .isEqualTo("Mã truy cập này chỉ xem được các đơn vị thuộc TPLC, không xem được TDG.");
    assertThat(above.statusCode()).isEqualTo(403);
    assertThat(remind.statusCode()).isEqualTo(403);
    assertThat(outboxTo("702")).isEmpty();
  }

  @Test
  void the_report_view_has_the_table_with_late_flags_completeness_and_the_exports() {
    JsonNode view = HttpTestClient.okJson(get("/api/quanly/reports", cityStaff));

    JsonNode table = view.get("table");
    assertThat(table.get("period").asText()).isEqualTo("2026-H1");
    assertThat(table.get("deadline").asText()).isEqualTo("trước ngày 20/6/2026");
    assertThat(table.get("deadlinePassed").asBoolean()).isTrue();
    assertThat(codes(table.get("indicators"))).containsExactly("DVM", "MAXAY");
    assertThat(codes(table.get("units"))).doesNotContain("TDG-01").startsWith("TPLC");
    JsonNode city = unit(table, "TPLC");
    assertThat(city.get("total").asBoolean()).isTrue();
    assertThat(city.get("cells").get(0).get("value").decimalValue()).isEqualByComparingTo("22");
    JsonNode late = unit(table, "TPLC-02");
    assertThat(late.get("status").asText()).isEqualTo("late");
    assertThat(late.get("late").asBoolean()).isTrue();
    assertThat(late.get("cells").get(0).get("late").asBoolean()).isTrue();
    assertThat(unit(table, "TPLC-01").get("status").asText()).isEqualTo("on_time");
    assertThat(unit(table, "TPLC-03").get("status").asText()).isEqualTo("overdue");
    assertThat(unit(table, "TPLC-03").get("statusLabel").asText()).isEqualTo("Quá hạn, chưa nộp");

    JsonNode completeness = view.get("completeness");
    assertThat(completeness.get("expected").asInt()).isEqualTo(4);
    assertThat(completeness.get("received").asInt()).isEqualTo(2);
    assertThat(completeness.get("onTime").asInt()).isEqualTo(1);
    assertThat(codes(view.get("missing"))).containsExactly("TPLC-03", "TPLC-04");
    assertThat(view.get("missing").get(0).get("reporters").asInt()).isEqualTo(1);
    assertThat(view.get("missing").get(1).get("reporters").asInt()).isZero();
    assertThat(view.get("exports").get("xlsx").asText())
        .isEqualTo("/api/reports/export.xlsx?period=2026-H1&unit=TPLC");
    HttpResponse<String> xlsx = get(view.get("exports").get("xlsx").asText(), cityStaff);
    assertThat(xlsx.statusCode()).isEqualTo(200);
  }

  @Test
  void the_province_year_sets_each_result_beside_its_target_and_opens_the_passage_it_cites() {
    JsonNode view = HttpTestClient.okJson(get("/api/quanly/reports?period=2026", admin));

    JsonNode houses = null;
    for (JsonNode target : view.get("targets")) {
      if (target.get("code").asText().equals("MAXAY")) {
        houses = target;
      }
    }
    assertThat(houses).as(view.get("targets").toString()).isNotNull();
    assertThat(houses.get("value").decimalValue()).isEqualByComparingTo("4");
    assertThat(houses.get("target").decimalValue()).isEqualByComparingTo("5");
    assertThat(houses.get("percent").decimalValue()).isEqualByComparingTo("80.0");
    assertThat(houses.get("citation").asText()).contains("38/KH-LĐLĐ").endsWith("mục II › 2 › 2.4");
    JsonNode passage = HttpTestClient.okJson(get(houses.get("passage").asText(), admin));
    assertThat(passage.get("section").asText()).isEqualTo("II › 2 › 2.4");
    assertThat(passage.get("text").asText()).contains("05 nhà");

    HttpResponse<String> none =
        get("/api/quanly/reports/passage?document=plans%2Fkhong-co&section=I", admin);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(HttpTestClient.errorText(none)).contains("plans/khong-co");
  }

  @Test
  void remind_now_queues_the_reminder_once_and_a_second_press_is_refused_with_the_time() {
    HttpResponse<String> first =
        post("/api/quanly/reports/remind", cityStaff, remindBody("TPLC-03"));
    HttpResponse<String> second =
        post("/api/quanly/reports/remind", cityStaff, remindBody("TPLC-03"));
    HttpResponse<String> noReporter =
        post("/api/quanly/reports/remind", cityStaff, remindBody("TPLC-04"));
    HttpResponse<String> reported =
        post("/api/quanly/reports/remind", cityStaff, remindBody("TPLC-01"));

    JsonNode sent = HttpTestClient.okJson(first);
    assertThat(sent.get("recipients").asInt()).isEqualTo(1);
    assertThat(sent.get("sentAt").asText()).isEqualTo("2026-06-25T09:00:00+07:00");
    assertThat(sent.get("againFrom").asText()).isEqualTo("2026-06-25T10:00:00+07:00");
    assertThat(outboxTo("701")).hasSize(1);
    assertThat(outboxTo("701").get(0)).contains("TPLC-03").contains("đã quá hạn");
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(HttpTestClient.errorText(second))
        .isEqualTo(
            "Đơn vị này vừa được nhắc lúc 09:00 ngày 25/6/2026; có thể nhắc lại từ 10:00 ngày"
                + " 25/6/2026.");
    assertThat(noReporter.statusCode()).isEqualTo(409);
    assertThat(reported.statusCode()).isEqualTo(409);

    JsonNode missing = HttpTestClient.okJson(get("/api/quanly/reports", cityStaff)).get("missing");
    assertThat(missing.get(0).get("lastReminder").asText()).isEqualTo("2026-06-25T09:00:00+07:00");
    assertThat(missing.get(0).get("lastByStaff").asBoolean()).isTrue();
    assertThat(missing.get(0).get("againFrom").asText()).isEqualTo("2026-06-25T10:00:00+07:00");
    assertThat(missing.get(1).get("lastReminder").isNull()).isTrue();
  }

  @Test
  void a_bad_remind_request_is_a_400_that_shows_what_was_sent_literally() {
    HttpResponse<String> script =
        post(
            "/api/quanly/reports/remind",
            admin,
            "{\"period\": \"2026-H1\", \"unit\": \"<script>alert(1)</script>\"}");
    HttpResponse<String> notJson = post("/api/quanly/reports/remind", admin, "nhắc đi");
    HttpResponse<String> noUnit = post("/api/quanly/reports/remind", admin, "{}");

    assertThat(script.statusCode()).isEqualTo(400);
    assertThat(HttpTestClient.errorText(script))
        .isEqualTo(
            "Không có đơn vị mã \"<script>alert(1)</script>\"; xem danh sách bằng lệnh units.");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(noUnit.statusCode()).isEqualTo(400);
    assertThat(HttpTestClient.errorText(noUnit)).isEqualTo("Thiếu mã đơn vị cần nhắc (unit).");
  }

  @Test
  void the_overview_counts_subscribers_questions_per_day_reports_and_broadcasts() {
    JsonNode view = HttpTestClient.okJson(get("/api/quanly/overview", cityStaff));

    assertThat(view.get("subscribers").get("active").asInt()).isEqualTo(1);
    JsonNode questions = view.get("questions");
    assertThat(questions.get("days")).hasSize(14);
    JsonNode today = questions.get("days").get(13);
    assertThat(today.get("day").asText()).isEqualTo("2026-06-25");
    assertThat(today.get("asked").asInt()).isEqualTo(2);
    assertThat(today.get("answered").asInt()).isEqualTo(1);
    assertThat(questions.get("asked").asInt()).isEqualTo(2);
    assertThat(questions.get("answeredShare").decimalValue()).isEqualByComparingTo("50.0");
    JsonNode reports = view.get("reports");
    assertThat(reports.get("period").asText()).isEqualTo("2026-H1");
    assertThat(reports.get("unit").get("code").asText()).isEqualTo("TPLC");
    assertThat(reports.get("reports").asInt()).isEqualTo(2);
    assertThat(reports.get("expected").asInt()).isEqualTo(4);
    assertThat(reports.get("received").asInt()).isEqualTo(2);
    assertThat(view.get("broadcasts")).isEmpty();

    JsonNode month = HttpTestClient.okJson(get("/api/quanly/overview?days=30", admin));
    assertThat(month.get("questions").get("days")).hasSize(30);
    assertThat(month.get("questions").get("asked").asInt()).isEqualTo(3);
    assertThat(month.get("reports").get("unit").get("code").asText()).isEqualTo("LDLD");
    HttpResponse<String> week = get("/api/quanly/overview?days=7", admin);
    assertThat(week.statusCode()).isEqualTo(400);
  }

  @Test
  void chart_js_is_served_from_the_jar_under_the_dashboards_assets() {
    HttpResponse<String> chart = get("/quanly/assets/chart.umd.min.js", null);

    assertThat(chart.statusCode()).isEqualTo(200);
    assertThat(chart.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/javascript");
    assertThat(chart.body()).contains("Chart.js v4.").contains("MIT License");
    assertThat(get("/quanly/assets/chart.umd.min.js.map", null).statusCode()).isEqualTo(404);
  }

  private static ConfirmedReport report(String key, String unit, String at, int dvm, int maxay) {
    return new ConfirmedReport(
        key,
        unit,
        CHAIR,
        FakeClock.atVietnamTime(at).instant(),
        "/baocao DVM=" + dvm + " MAXAY=" + maxay,
        List.of(
            new ReportValue("DVM", H1, BigDecimal.valueOf(dvm)),
            new ReportValue("MAXAY", H1, BigDecimal.valueOf(maxay))));
  }

  private static String remindBody(String unit) {
    return "{\"period\": \"2026-H1\", \"unit\": \"" + unit + "\"}";
  }

  private static List<String> codes(JsonNode list) {
    List<String> codes = new ArrayList<>();
    list.forEach(node -> codes.add(node.get("code").asText()));
    return codes;
  }

  private static JsonNode unit(JsonNode table, String code) {
    for (JsonNode row : table.get("units")) {
      if (row.get("code").asText().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("no " + code + " in " + table);
  }

  private static List<String> outboxTo(String chat) {
    return app.column("SELECT payload FROM outbox WHERE chat_id = ? ORDER BY id", chat);
  }

  private static HttpResponse<String> get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  private static HttpResponse<String> post(String path, String token, String body) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
