package vn.trolycongdoan.bot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.app.Timing;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.questions.ShownAnswer;
import vn.trolycongdoan.bot.questions.SqliteQuestionLog;
import vn.trolycongdoan.bot.questions.Vote;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.telegram.FakeBotApi;
import vn.trolycongdoan.bot.telegram.SentMessage;

/**
 * The Kiến nghị and Câu hỏi pages in real headless Chromium against the whole service with the fake
 * Bot API: a member's {@code /kiennghi} in Telegram, read and answered on the page by their unit's
 * staff, the answer reaching the member; another district's staff who see nothing of it; the
 * question groups with their counts and answers. Script typed by the member and by staff is shown
 * as text. Needs the knowledge implementation.
 */
class MembersBrowserTest {

  private static final String PASSWORD = "mật khẩu của Minh";
  private static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(1)>";
  private static final long MEMBER = 9401;

  @TempDir static Path data;
  @TempDir static Path profile;

  private static FakeBotApi api;
  private static RunningApp app;
  private static DashboardBrowser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = DashboardBrowser.start(profile);
    api = FakeBotApi.start();
    Settings settings =
        TestSettings.inFolder(data, Map.of(SettingKey.CORPUS_DIR, tinyCorpus().toString()))
            .withTelegram(api.pollingSettings());
    app = RunningApp.start(settings, new Timing(Clock.systemUTC(), Duration.ofMillis(50)));
    DashboardBrowser.addAccount(settings.databaseFile(), "minh", "Anh Minh", "TPLC", PASSWORD);
    DashboardBrowser.addAccount(settings.databaseFile(), "hoa", "Chị Hoa", "TDG", PASSWORD);
    app.execute(
        "INSERT INTO reporters (channel, user_id, unit_code, registered_at)"
            + " VALUES ('TELEGRAM', '"
            + MEMBER
            + "', 'TPLC-02', 0)");
    api.userSends(MEMBER, MEMBER, "Hương", "/kiennghi Nhà xe bị dột khi mưa " + SCRIPT);
    assertThat(api.awaitMessages(MEMBER, 1, FakeBotApi.WAIT).get(0).text()).contains("KN-000001");
    try (Database database = Database.open(settings.databaseFile())) {
      SqliteQuestionLog log = new SqliteQuestionLog(database);
      ChatUser asker = new ChatUser(Channel.TELEGRAM, "9402", "9402", "Lan");
      Instant now = Instant.now();
      log.record(asker, "Mức đóng đoàn phí là bao nhiêu?", null, now.minusSeconds(60));
      long disliked =
          log.record(
              asker,
              "đoàn phí đóng bao nhiêu",
              new ShownAnswer(0, "hd-29", "Điều 4", "Hướng dẫn 29, Điều 4", "1% tiền lương."),
              now);
      log.vote(disliked, 0, asker, Vote.DOWN, now);
      log.record(asker, "Nghỉ thai sản mấy tháng " + SCRIPT, null, now.minusSeconds(120));
    }
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

  @BeforeEach
  void forgetTheSession() {
    browser.at(app.port());
  }

  @Test
  void staff_read_a_kien_nghi_and_their_reply_reaches_the_member_in_telegram() {
    browser.logIn("minh", PASSWORD, "/quanly/kiennghi");
    WebElement row = browser.visible(By.cssSelector("#list tbody tr"));
    assertThat(row.getText()).contains("KN-000001", "Hương", "TPLC-02");

    row.click();
    assertThat(browser.visible(By.id("member-text")).getText())
        .isEqualTo("Nhà xe bị dột khi mưa " + SCRIPT);
    browser
        .driver()
        .findElement(By.cssSelector("#reply-form textarea"))
        .sendKeys("Công đoàn đã đề nghị công ty sửa mái. " + SCRIPT);
    browser.driver().findElement(By.cssSelector("#reply-form button[type=submit]")).click();

    WebElement reply = browser.visible(By.cssSelector("#replies li"));
    assertThat(reply.getText())
        .contains("Anh Minh", "Công đoàn đã đề nghị công ty sửa mái. " + SCRIPT);
    List<SentMessage> upToAnswer =
        api.awaitMessageThat(
            MEMBER, "the union's reply", m -> m.text().startsWith("📬"), FakeBotApi.WAIT);
    assertThat(upToAnswer.get(upToAnswer.size() - 1).text())
        .startsWith("📬 Công đoàn trả lời kiến nghị KN-000001 của bạn")
        .endsWith("Công đoàn đã đề nghị công ty sửa mái. " + SCRIPT);
    browser.driver().navigate().refresh();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#replies .delivery"), "Đã gửi tới người gửi"));
    assertThat(browser.visible(By.cssSelector("#detail h2")).getText()).contains("Đã trả lời");
    assertThat(browser.nothingInjected()).isTrue();
    browser.screenshots("kiennghi");
  }

  @Test
  void another_districts_staff_see_no_kien_nghi_of_the_city() {
    browser.logIn("hoa", PASSWORD, "/quanly/kiennghi");

    assertThat(browser.visible(By.id("empty")).getText()).contains("Không có kiến nghị nào");
    assertThat(browser.driver().findElements(By.cssSelector("#list tbody tr"))).isEmpty();
    browser.open("/quanly/kiennghi#1");
    browser.driver().navigate().refresh();
    assertThat(browser.visible(By.cssSelector("#toast.error")).getText())
        .contains("Không có kiến nghị mã 1");
    assertThat(browser.driver().findElement(By.id("detail")).getText()).doesNotContain("Nhà xe");
  }

  @Test
  void the_questions_page_shows_a_group_with_its_count_and_what_was_answered() {
    browser.logIn("hoa", PASSWORD, "/quanly/cauhoi");
    WebElement group = browser.visible(By.cssSelector("#groups tbody tr"));
    assertThat(group.findElement(By.cssSelector(".count")).getText()).isEqualTo("2");
    assertThat(group.getText()).contains("đoàn phí đóng bao nhiêu");
    assertThat(browser.driver().findElements(By.cssSelector("#groups tbody tr")).get(1).getText())
        .contains("Nghỉ thai sản mấy tháng " + SCRIPT);

    group.click();
    List<WebElement> questions = browser.driver().findElements(By.cssSelector(".questions > li"));
    assertThat(questions).hasSize(2);
    questions.get(0).findElement(By.tagName("summary")).click();

    assertThat(browser.visible(By.cssSelector(".answers .citation")).getText())
        .isEqualTo("Hướng dẫn 29, Điều 4");
    assertThat(browser.nothingInjected()).isTrue();
    browser.screenshots("cauhoi");
  }

  private static Path tinyCorpus() throws Exception {
    Path corpus = java.nio.file.Files.createDirectories(data.resolve("corpus"));
    java.nio.file.Files.writeString(
        corpus.resolve("ke-hoach.txt"),
        "KẾ HOẠCH\nThực hiện chỉ tiêu phát triển đoàn viên năm 2026.\n");
    return corpus;
  }
}
