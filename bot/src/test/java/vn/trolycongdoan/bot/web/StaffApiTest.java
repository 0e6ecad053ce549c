package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.Settings;
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
 * The staff API of the whole service on real SQLite: reports seeded through the report store,
 * tokens created in the same database while the server runs, asked over HTTP. Needs the knowledge
 * implementation.
 */
class StaffApiTest {

  private static final ChatUser CHAIR = new ChatUser(Channel.TELEGRAM, "501", "501", "Chị Lan");
  private static final Period H1 = Period.parse("2024-H1");

  @TempDir static Path data;

  private static RunningApp app;
  private static String admin;
  private static String cityStaff;
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startAndSeed() throws Exception {
    Settings settings = TestSettings.inFolder(data);
    app = RunningApp.start(settings);
    try (Database database = Database.open(settings.databaseFile())) {
      SqliteReportStore store =
          new SqliteReportStore(database, new Deadlines(settings.deadlines()));
      store.store(report("a", "TPLC-01", "2024-06-10T02:00:00Z", "DVM", 15, "MAXAY", 2));
      store.store(report("b", "TPLC-02", "2024-06-25T02:00:00Z", "DVM", 7, "MAXAY", 1));
      store.store(report("c", "TDG-01", "2024-06-01T02:00:00Z", "DVM", 4, "MAXAY", 1));
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
  void without_a_valid_token_every_staff_route_answers_401_in_vietnamese_and_nothing_else() {
    for (String path :
        List.of(
            "/api/reports?period=2024-H1",
            "/api/rollup?period=2024-H1",
            "/api/reports/export.csv?period=2024-H1",
            "/api/reports/export.xlsx?period=2024-H1")) {
      for (String authorization :
          new String[] {null, "Bearer not-a-token", "Basic " + admin, "Bearer " + admin + "x"}) {
        HttpResponse<String> response = get(path, authorization);

        assertThat(response.statusCode()).as(path + " " + authorization).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("json");
        assertThat(HttpTestClient.errorText(response))
            .containsIgnoringCase("mã truy cập")
            .contains("staff token")
            .doesNotContain("TPLC");
      }
    }
  }

  @Test
  void a_staff_token_sees_its_subtree_only() {
    HttpResponse<String> outside = get("/api/reports?period=2024-H1&unit=TDG", cityStaff);
    HttpResponse<String> above = get("/api/rollup?period=2024-H1&unit=LDLD", cityStaff);
    HttpResponse<String> export =
        get("/api/reports/export.csv?period=2024-H1&unit=TDG-01", cityStaff);
    HttpResponse<String> below = get("/api/reports?period=2024-H1&unit=tplc-01", cityStaff);

    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.errorText(outside))
        .isEqualTo("Mã truy cập này chỉ xem được các đơn vị thuộc TPLC, không xem được TDG.");
    assertThat(above.statusCode()).isEqualTo(403);
    assertThat(export.statusCode()).isEqualTo(403);
    assertThat(export.body()).doesNotContain("TDG-01,");
    assertThat(below.statusCode()).isEqualTo(200);
    assertThat(HttpTestClient.okJson(below).get("rows")).hasSize(2);
  }

  @Test
  void a_bad_period_or_unit_is_a_400_in_vietnamese() {
    HttpResponse<String> badPeriod = get("/api/reports?period=2024-H3", admin);
    HttpResponse<String> noPeriod = get("/api/rollup", admin);
    HttpResponse<String> badUnit = get("/api/rollup?period=2024&unit=KHONGCO", admin);

    assertThat(badPeriod.statusCode()).isEqualTo(400);
    assertThat(HttpTestClient.errorText(badPeriod))
        .contains("Kỳ báo cáo \"2024-H3\" không hợp lệ", "2024-Q2");
    assertThat(noPeriod.statusCode()).isEqualTo(400);
    assertThat(HttpTestClient.errorText(noPeriod)).startsWith("Thiếu kỳ báo cáo");
    assertThat(badUnit.statusCode()).isEqualTo(400);
    assertThat(HttpTestClient.errorText(badUnit)).contains("Không có đơn vị mã \"KHONGCO\"");
  }

  @Test
  void reports_give_each_units_values_with_late_flags_defaulting_to_the_tokens_unit() {
    JsonNode body = HttpTestClient.okJson(get("/api/reports?period=2024-H1", cityStaff));

    assertThat(body.get("unit").get("code").asText()).isEqualTo("TPLC");
    assertThat(body.get("periodLabel").asText()).isEqualTo("6 tháng đầu năm 2024");
    JsonNode rows = body.get("rows");
    assertThat(rows).hasSize(4);
    JsonNode first = rows.get(0);
    assertThat(first.get("unitCode").asText()).isEqualTo("TPLC-01");
    assertThat(first.get("indicator").asText()).isEqualTo("DVM");
    assertThat(first.get("value").decimalValue()).isEqualByComparingTo("15");
    assertThat(first.get("late").asBoolean()).isFalse();
    assertThat(first.get("receivedAt").asText()).isEqualTo("2024-06-10T09:00:00+07:00");
    JsonNode lateOne = rows.get(2);
    assertThat(lateOne.get("unitCode").asText()).isEqualTo("TPLC-02");
    assertThat(lateOne.get("late").asBoolean()).isTrue();
  }

  @Test
  void rollup_sums_the_subtree_and_counts_who_reported() {
    JsonNode body = HttpTestClient.okJson(get("/api/rollup?period=2024-H1", cityStaff));

    JsonNode newMembers = indicator(body, "DVM");
    assertThat(newMembers.get("value").decimalValue()).isEqualByComparingTo("22");
    assertThat(newMembers.get("units").asInt()).isEqualTo(2);
    JsonNode completeness = body.get("completeness");
    assertThat(completeness.get("expected").asInt()).isEqualTo(3);
    assertThat(completeness.get("received").asInt()).isEqualTo(2);
    assertThat(completeness.get("onTime").asInt()).isEqualTo(1);
    assertThat(completeness.get("rate").decimalValue()).isEqualByComparingTo("66.6");
    assertThat(completeness.get("missing").get(0).get("code").asText()).isEqualTo("TPLC-03");
    assertThat(completeness.get("missing")).hasSize(1);
  }

  @Test
  void the_province_rollup_of_a_year_sets_each_figure_beside_its_target_and_citation() {
    JsonNode body = HttpTestClient.okJson(get("/api/rollup?period=2024", admin));

    assertThat(body.get("unit").get("code").asText()).isEqualTo("LDLD");
    JsonNode houses = indicator(body, "MAXAY");
    assertThat(houses.get("value").decimalValue()).isEqualByComparingTo("4");
    JsonNode target = houses.get("target");
    assertThat(target.get("value").decimalValue()).isEqualByComparingTo("5");
    assertThat(target.get("written").asText()).isEqualTo("xây dựng mới ít nhất 05 nhà");
    assertThat(target.get("document").asText()).isEqualTo("plans/001_241fc221d9dce001");
    assertThat(target.get("section").asText()).isEqualTo("II › 2 › 2.4");
    assertThat(indicator(body, "DVM").get("target").isNull()).isTrue();
  }

  @Test
  void the_csv_export_opens_with_a_bom_and_has_vietnamese_headers_and_the_values() {
    HttpResponse<byte[]> response = getBytes("/api/reports/export.csv?period=2024-H1", cityStaff);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/csv");
    byte[] body = response.body();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines =
        new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).startsWith("Mã đơn vị,Tên đơn vị,Kỳ,Mã chỉ tiêu,Chỉ tiêu");
    assertThat(lines)
        .contains(
            "TPLC-02,CĐCS Công ty Cổ phần Xây dựng Lai Châu,2024-H1,DVM,Đoàn viên kết nạp mới,"
                + "Đoàn viên và tổ chức công đoàn,7,người,có,BC-000002,2024-06-25T09:00:00+07:00");
    assertThat(lines).hasSize(5);
  }

  @Test
  void the_xlsx_export_has_one_sheet_per_group_with_vietnamese_headers_and_numbers()
      throws Exception {
    HttpResponse<byte[]> response = getBytes("/api/reports/export.xlsx?period=2024-H1", admin);

    assertThat(response.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Đoàn viên và tổ chức công đoàn");
      assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
      Sheet members = workbook.getSheetAt(0);
      Row header = members.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
      assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Giá trị");
      assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Nộp muộn");
      assertThat(members.getLastRowNum()).isEqualTo(3);
      Row first = members.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("TPLC-01");
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo("DVM");
      assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(15.0);
      Sheet care = workbook.getSheet("Chăm lo đời sống");
      assertThat(care.getLastRowNum()).isEqualTo(3);
      assertThat(care.getRow(1).getCell(3).getStringCellValue()).isEqualTo("MAXAY");
    }
  }

  private static ConfirmedReport report(
      String key, String unit, String at, String first, int a, String second, int b) {
    return new ConfirmedReport(
        key,
        unit,
        CHAIR,
        Instant.parse(at),
        "/baocao " + first + "=" + a + " " + second + "=" + b,
        List.of(
            new ReportValue(first, H1, BigDecimal.valueOf(a)),
            new ReportValue(second, H1, BigDecimal.valueOf(b))));
  }

  private static JsonNode indicator(JsonNode rollup, String code) {
    for (JsonNode indicator : rollup.get("indicators")) {
      if (indicator.get("code").asText().equals(code)) {
        return indicator;
      }
    }
    throw new AssertionError("no " + code + " in " + rollup);
  }

  private static HttpRequest request(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", token.contains(" ") ? token : "Bearer " + token);
    }
    return request.build();
  }

  private static HttpResponse<String> get(String path, String token) {
    try {
      return http.send(request(path, token), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static HttpResponse<byte[]> getBytes(String path, String token) {
    try {
      return http.send(request(path, token), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
