package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
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
 * A reporter's whole path in Telegram, in the real service with the real TelegramBots client
 * against the fake Bot API and a real SQLite file: register with an invite, report, confirm,
 * correct, report late, pick one of two units, and the staff export of what was stored. The
 * service's clock is the test's (reminders are off here: {@link ReminderEndToEndTest} has them);
 * each test reports for units of its own.
 */
class ReportsEndToEndTest {

  private static final Pattern RECEIPT = Pattern.compile("BC-\\d+");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir static Path data;

  private static final FakeClock clock = FakeClock.atVietnamTime("2026-05-05T09:00");
  private static FakeBotApi api;
  private static RunningApp app;
  private static Database database;
  private static ReporterSteps steps;

  @BeforeAll
  static void start() throws Exception {
    api = FakeBotApi.start();
    Settings settings =
        TestSettings.inFolder(
                data,
                Map.of(
                    SettingKey.CORPUS_DIR,
                    ReporterSteps.tinyCorpus(data).toString(),
                    SettingKey.REMINDERS_ENABLED,
                    "false"))
            .withTelegram(api.pollingSettings());
    app = RunningApp.start(settings, new Timing(clock, Duration.ofMillis(50)));
    database = Database.open(settings.databaseFile());
    steps = new ReporterSteps(api, database);
  }

  @AfterAll
  static void stop() {
    try {
      if (database != null) {
        database.close();
      }
      if (app != null) {
        app.close();
      }
      api.assertExhausted();
    } finally {
      api.close();
    }
  }

  @BeforeEach
  void mayInTheFirstHalfYear() {
    clock.set("2026-05-05T09:00");
  }

  @Test
  void a_second_report_replaces_the_first_and_the_history_shows_both() {
    long chat = 8001;
    steps.register(chat, "Chị Lan", "TPLC-01");

    SentMessage first = steps.reportAndConfirm(chat, "Chị Lan", "/baocao H1/2026 DVM=15");
    clock.advance(Duration.ofHours(2));
    SentMessage second = steps.reportAndConfirm(chat, "Chị Lan", "/baocao H1/2026 DVM=18");

    assertThat(first.text()).startsWith("✅ Đã lưu báo cáo của đơn vị TPLC-01. Số biên nhận: BC-");
    assertThat(first.buttonData()).isEmpty();
    String firstReceipt = receipt(first);
    String secondReceipt = receipt(second);
    assertThat(secondReceipt).isNotEqualTo(firstReceipt);
    assertThat(steps.send(chat, "Chị Lan", "/xem H1/2026").text())
        .contains("18 người (" + secondReceipt + ")")
        .doesNotContain("15 người");
    assertThat(steps.send(chat, "Chị Lan", "/lichsu H1/2026").text())
        .contains("09:00 05/05/2026, Chị Lan")
        .contains("(chưa có) → 15 người (" + firstReceipt + ")")
        .contains("11:00 05/05/2026, Chị Lan")
        .contains("15 người → 18 người (" + secondReceipt + ")");
    assertThat(
            app.column(
                "SELECT value FROM report_current WHERE unit_code = 'TPLC-01' AND indicator = 'DVM'"))
        .containsExactly("18");
  }

  @Test
  void a_report_after_the_deadline_is_stored_and_flagged_late() {
    long chat = 8002;
    steps.register(chat, "Anh Tú", "TPLC-02");
    clock.set("2026-06-22T10:00");

    SentMessage stored = steps.reportAndConfirm(chat, "Anh Tú", "/baocao H1/2026 DVM=7");

    assertThat(stored.text())
        .contains("Đã lưu báo cáo của đơn vị TPLC-02")
        .contains(
            "⚠️ Báo cáo kỳ 6 tháng đầu năm 2026 nộp sau hạn (trước ngày 20/6/2026) nên được ghi là"
                + " nộp muộn.");
    assertThat(steps.send(chat, "Anh Tú", "/xem H1/2026").text())
        .contains("7 người (" + receipt(stored) + ", nộp muộn)");
    assertThat(app.column("SELECT late FROM report_current WHERE unit_code = 'TPLC-02'"))
        .containsExactly("1");
  }

  @Test
  void a_reporter_of_two_units_picks_one_with_buttons() {
    long chat = 8003;
    steps.register(chat, "Chị Hoa", "TPLC-03");
    steps.register(chat, "Chị Hoa", "TPLC-04");

    SentMessage choice = steps.send(chat, "Chị Hoa", "/baocao H1/2026 DVM=3");
    assertThat(choice.text()).isEqualTo("Bạn báo cáo cho đơn vị nào? Hãy chọn một đơn vị:");
    List<String> units = ReporterSteps.labels(choice);
    assertThat(units).hasSize(2);
    assertThat(units.get(0)).startsWith("TPLC-03");
    SentMessage echo = steps.press(chat, choice, units.get(1));
    assertThat(echo.text()).contains("Đơn vị: TPLC-04").contains("3 người");
    SentMessage stored = steps.press(chat, echo, "✅ Xác nhận");

    assertThat(stored.text()).contains("Đã lưu báo cáo của đơn vị TPLC-04");
    assertThat(app.column("SELECT unit_code FROM report_submissions WHERE user_id = '8003'"))
        .containsExactly("TPLC-04");
  }

  @Test
  void staff_export_what_reporters_confirmed_as_csv_and_xlsx_with_their_token() throws Exception {
    long chat = 8004;
    steps.register(chat, "Anh Nam", "TDG-04");
    String receipt = receipt(steps.reportAndConfirm(chat, "Anh Nam", "/baocao H1/2026 DVM=21"));
    String token =
        new SqliteStaffTokens(database)
            .create(new StaffMember("Anh Minh", StaffRole.STAFF, "TDG"), Instant.now());
    String query = "?period=2026-H1&unit=TDG";

    HttpResponse<byte[]> csv = get("/api/reports/export.csv" + query, token);
    HttpResponse<byte[]> xlsx = get("/api/reports/export.xlsx" + query, token);

    assertThat(csv.statusCode()).isEqualTo(200);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    assertThat(text.lines())
        .anyMatch(
            line -> line.contains("TDG-04") && line.contains(",21,") && line.contains(receipt));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(rows(xlsx.body()))
        .anyMatch(row -> row.contains("TDG-04") && row.contains("21") && row.contains(receipt));
    assertThat(get("/api/reports/export.csv" + query, null).statusCode()).isEqualTo(401);
  }

  private static String receipt(SentMessage message) {
    Matcher m = RECEIPT.matcher(message.text());
    assertThat(m.find()).as("a receipt in " + message.text()).isTrue();
    return m.group();
  }

  private static HttpResponse<byte[]> get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Every row of every sheet, its cells as shown. */
  private static List<List<String>> rows(byte[] workbook) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter shown = new DataFormatter();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (Cell cell : row) {
            cells.add(shown.formatCellValue(cell));
          }
          rows.add(cells);
        }
      }
    }
    return rows;
  }
}
