package vn.trolycongdoan.bot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.app.Timing;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.questions.ShownAnswer;
import vn.trolycongdoan.bot.questions.SqliteQuestionLog;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.store.ConfirmedReport;
import vn.trolycongdoan.bot.reports.store.ReportValue;
import vn.trolycongdoan.bot.reports.store.SqliteReportStore;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.telegram.FakeBotApi;
import vn.trolycongdoan.bot.telegram.SentMessage;

/**
 * The Báo cáo and Tổng quan pages in real headless Chromium against the whole service, with the
 * real TelegramBots client and the fake Bot API: the clock stands at 25/6/2026 09:00 in Việt Nam,
 * after the first half-year's deadline (20/6) and before it locks (5/7). Screenshots go to {@code
 * bot/target/screenshots/baocao*.png} and {@code tongquan*.png}.
 */
class ReportPagesBrowserTest {

  private static final long LAN = 7101;
  private static final ChatUser CHAIR = new ChatUser(Channel.TELEGRAM, "501", "501", "Chị Lan");
  private static final Period H1 = Period.parse("2026-H1");
  private static final String SCRIPT = "<script>alert(1)</script> <img src=x onerror=alert(1)>";

  @TempDir static Path data;
  @TempDir static Path profile;

  private static FakeBotApi api;
  private static RunningApp app;
  private static DashboardBrowser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = DashboardBrowser.start(profile);
    api = FakeBotApi.start();
    Settings settings = TestSettings.inFolder(data).withTelegram(api.pollingSettings());
    FakeClock clock = FakeClock.atVietnamTime("2026-06-25T09:00");
    app = RunningApp.start(settings, new Timing(clock, Duration.ofMillis(200)));
    try (Database database = Database.open(settings.databaseFile())) {
      SqliteReportStore store =
          new SqliteReportStore(database, new Deadlines(settings.deadlines()));
      store.store(report("a", "TPLC-01", "2026-06-10T09:00", 15, 2));
      store.store(report("b", "TPLC-02", "2026-06-22T09:00", 7, 1));
      store.store(report("c", "TDG-01", "2026-06-01T09:00", 4, 1));
      String invite =
          new SqliteInviteStore(database)
              .create("TPLC-03", Instant.now(), Instant.now().plus(Duration.ofDays(14)), "test")
              .code()
              .toString();
      SqliteQuestionLog questions = new SqliteQuestionLog(database);
      ShownAnswer found = new ShownAnswer(0, "laws/x", "Điều 113", "Điều 113", "12 ngày");
      for (int day = 0; day < 14; day++) {
        Instant at = clock.instant().minus(Duration.ofDays(day));
        for (int i = 0; i <= day % 4; i++) {
          questions.record(CHAIR, "Nghỉ phép mấy ngày?", i % 3 == 2 ? null : found, at);
        }
      }
      say(LAN, "/start");
      say(LAN, "/dangky " + invite);
    }
    DashboardBrowser.addAccount(settings.databaseFile(), "quantri", "Quản trị", null, "mat-khau-1");
    DashboardBrowser.addAccount(
        settings.databaseFile(), "thanhpho", "Anh Minh", "TPLC", "mat-khau-2");
    DashboardClient admin = new DashboardClient(app.port());
    admin.logIn("quantri", "mat-khau-1");
    DashboardClient.json(
        admin.send(
            "POST",
            "/api/broadcasts",
            "{\"text\": \""
                + SCRIPT.replace("\"", "\\\"")
                + "\", \"audience\": {\"kind\": \"all\"}, \"sendAt\": \"2026-06-26T09:00\"}",
            admin.csrf()));
    browser.at(app.port());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
    if (api != null) {
      api.close();
    }
  }

  @Test
  void a_district_account_sees_its_units_figures_with_late_flags_and_its_subtree_only() {
    browser.at(app.port()).logIn("thanhpho", "mat-khau-2", "/quanly/baocao");
    loaded("2026-H1 TPLC");

    assertThat(
            new Select(find("#unit"))
                .getOptions().stream()
                    .map(option -> option.getAttribute("value"))
                    .collect(Collectors.toList()))
        .containsExactly("TPLC", "TPLC-01", "TPLC-02", "TPLC-03", "TPLC-04");
    assertThat(cell("TPLC-01", "DVM").getText()).isEqualTo("15");
    assertThat(cell("TPLC", "DVM").getText()).isEqualTo("22");
    assertThat(cell("TPLC-02", "DVM").getAttribute("class")).contains("late");
    assertThat(status("TPLC-02")).isEqualTo("Nộp muộn");
    assertThat(status("TPLC-03")).isEqualTo("Quá hạn, chưa nộp");
    assertThat(status("TPLC-01")).isEqualTo("Đúng hạn");
    assertThat(find("#summary").getText()).contains("2 / 4");
    assertThat(browser.nothingInjected()).isTrue();
  }

  @Test
  void the_province_years_results_are_drawn_against_the_targets_and_open_the_cited_passage() {
    browser.at(app.port()).logIn("quantri", "mat-khau-1", "/quanly/baocao");
    loaded("2026-H1 LDLD");
    browser.open("/quanly/baocao?period=2026&unit=LDLD");
    loaded("2026 LDLD");

    Object drawn =
        script(
            "const c = Chart.getChart(document.getElementById('targets-chart'));"
                + " return c ? c.data.labels.map((l, i) => l + '=' + c.data.datasets[0].data[i])"
                + ".join(' ') : null;");
    assertThat(drawn).asString().contains("MAXAY=80");
    WebElement houses = find("#targets tr[data-code='MAXAY']");
    assertThat(houses.findElement(By.cssSelector(".value")).getText()).isEqualTo("4 nhà");
    assertThat(houses.findElement(By.cssSelector(".target")).getText()).isEqualTo("5 nhà");
    WebElement passage = houses.findElement(By.cssSelector(".passage-link"));
    assertThat(passage.getText()).contains("38/KH-LĐLĐ").contains("II › 2 › 2.4");
    browser.screenshots("baocao");

    passage.click();
    WebElement dialog = browser.visible(By.cssSelector("dialog#passage"));
    assertThat(dialog.findElement(By.id("passage-text")).getText()).contains("05 nhà");
    assertThat(dialog.findElement(By.id("passage-citation")).getText())
        .contains("mục II › 2 › 2.4");
    dialog.findElement(By.cssSelector("button")).click();
    browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
  }

  @Test
  void the_xlsx_export_link_gives_the_figures_shown_in_a_workbook_poi_opens() throws Exception {
    browser.at(app.port()).logIn("thanhpho", "mat-khau-2", "/quanly/baocao");
    loaded("2026-H1 TPLC");
    String href = find("#export-xlsx").getAttribute("href");

    HttpResponse<byte[]> file =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", cookies())
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(href).endsWith("/api/reports/export.xlsx?period=2026-H1&unit=TPLC");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet members = workbook.getSheet("Đoàn viên và tổ chức công đoàn");
      Row first = members.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("TPLC-01");
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo("DVM");
      assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(15.0);
      assertThat(members.getRow(2).getCell(8).getStringCellValue()).isEqualTo("có");
    }
  }

  @Test
  void nhac_ngay_reaches_the_units_reporter_in_telegram_and_is_not_offered_again_at_once() {
    browser.at(app.port()).logIn("thanhpho", "mat-khau-2", "/quanly/baocao");
    loaded("2026-H1 TPLC");
    WebElement row = find("#missing tr[data-code='TPLC-03']");
    assertThat(row.findElement(By.cssSelector(".last")).getText()).isEqualTo("Chưa nhắc");
    assertThat(find("#missing tr[data-code='TPLC-04'] button.remind").isEnabled()).isFalse();

    row.findElement(By.cssSelector("button.remind")).click();

    List<SentMessage> upTo =
        api.awaitMessageThat(LAN, "a reminder", m -> m.text().startsWith("⏰"), FakeBotApi.WAIT);
    SentMessage reminder = upTo.get(upTo.size() - 1);
    assertThat(reminder.text())
        .startsWith("⏰ Nhắc báo cáo")
        .contains("Đơn vị TPLC-03 — CĐCS Bến xe khách tỉnh Lai Châu chưa gửi báo cáo")
        .contains("đã quá hạn (trước ngày 20/6/2026)");
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#missing tr[data-code='TPLC-03'] .last"), "(cán bộ nhắc)"));
    assertThat(find("#missing tr[data-code='TPLC-03'] button.remind").isEnabled()).isFalse();
    assertThat(find("#missing tr[data-code='TPLC-03']").getText()).contains("Nhắc lại được từ");
    assertThat(reminders()).isEqualTo(1);
  }

  @Test
  void a_remind_without_the_csrf_token_is_refused_and_sends_nothing() {
    DashboardClient client = new DashboardClient(app.port());
    client.logIn("thanhpho", "mat-khau-2");
    long before = reminders();
    String body = "{\"period\": \"2026-H1\", \"unit\": \"TPLC-03\"}";

    HttpResponse<String> missing = client.send("POST", "/api/quanly/reports/remind", body, null);
    HttpResponse<String> wrong =
        client.send("POST", "/api/quanly/reports/remind", body, "not-the-token");
    HttpResponse<String> outside =
        client.send(
            "POST",
            "/api/quanly/reports/remind",
            "{\"period\": \"2026-H1\", \"unit\": \"TDG-02\"}",
            client.csrf());
    HttpResponse<String> outsideView = client.get("/api/quanly/reports?unit=TDG");

    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(outsideView.statusCode()).isEqualTo(403);
    assertThat(reminders()).isEqualTo(before);
  }

  @Test
  void the_overview_shows_the_counts_and_a_broadcasts_text_literally() {
    browser.at(app.port()).logIn("quantri", "mat-khau-1", "/quanly");
    browser
        .waiting()
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "14"));

    String summary = find("#summary").getText();
    assertThat(summary)
        .contains("Đang nhận tin (Telegram)")
        .contains("Báo cáo 6 tháng đầu năm 2026");
    assertThat(find("#broadcasts tbody td.text").getText()).isEqualTo(SCRIPT);
    assertThat(
            script(
                "return Chart.getChart(document.getElementById('questions-chart'))"
                    + ".data.labels.length"))
        .isEqualTo(14L);
    assertThat(browser.nothingInjected()).isTrue();
    browser.screenshots("tongquan");

    new Select(find("#days")).selectByValue("30");
    browser
        .waiting()
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "30"));

    browser.at(app.port()).logIn("thanhpho", "mat-khau-2", "/quanly");
    browser
        .waiting()
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "14"));
    assertThat(find("#scope").getText()).contains("toàn tổ chức").contains("TPLC");
    assertThat(find("#summary").getText()).contains("2 / 4 đơn vị");
  }

  private static void loaded(String what) {
    browser
        .waiting()
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", what));
  }

  private static WebElement find(String css) {
    return browser.driver().findElement(By.cssSelector(css));
  }

  private static WebElement cell(String unit, String indicator) {
    return find("#figures tr[data-code='" + unit + "'] td[data-code='" + indicator + "']");
  }

  private static String status(String unit) {
    return find("#figures tr[data-code='" + unit + "'] .status").getText();
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }

  private static String cookies() {
    return browser.driver().manage().getCookies().stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
  }

  /** The reminders the reporter has received. */
  private static long reminders() {
    return api.messagesIn(LAN).stream().filter(m -> m.text().startsWith("⏰")).count();
  }

  private static void say(long chat, String text) {
    int before = api.messagesIn(chat).size();
    api.userSends(chat, chat, "Chị Lan", text);
    api.awaitMessages(chat, before + 1, FakeBotApi.WAIT);
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
}
