package vn.trolycongdoan.bot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.Select;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.app.Timing;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.telegram.FakeBotApi;
import vn.trolycongdoan.bot.telegram.SentMessage;

/**
 * The Phát sóng page in real headless Chromium against the whole service, whose broadcasts the real
 * TelegramBots client delivers to the fake Bot API: log in, compose, preview with the recipient
 * count, send, and watch the list's counts reach the end; a district's account picks among its own
 * units only.
 */
class BroadcastPageBrowserTest {

  private static final String PASSWORD = "mật khẩu thử";
  private static final String TEXT =
      "<script>alert(1)</script> <img src=x onerror=alert(1)> Mời dự Tháng Công nhân 2026";
  private static final List<Long> MEMBERS = List.of(9301L, 9302L, 9303L);

  @TempDir static Path data;
  @TempDir static Path profile;

  private static FakeBotApi api;
  private static RunningApp app;
  private static DashboardBrowser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = DashboardBrowser.start(profile);
    api = FakeBotApi.start();
    Path corpus = Files.createDirectories(data.resolve("corpus"));
    Files.writeString(corpus.resolve("ke-hoach.txt"), "KẾ HOẠCH\nTháng Công nhân năm 2026.\n");
    Settings settings =
        TestSettings.inFolder(data, Map.of(SettingKey.CORPUS_DIR, corpus.toString()))
            .withTelegram(api.pollingSettings());
    app = RunningApp.start(settings, new Timing(Clock.systemUTC(), Duration.ofMillis(50)));
    for (long chat : MEMBERS) {
      api.userSends(chat, chat, "Đoàn viên " + chat, "/start");
      api.awaitMessages(chat, 2, FakeBotApi.WAIT);
    }
    DashboardBrowser.addAccount(settings.databaseFile(), "quantri", "Chị Lan", null, PASSWORD);
    DashboardBrowser.addAccount(settings.databaseFile(), "minh", "Anh Minh", "TPLC", PASSWORD);
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
  void an_admin_previews_and_sends_a_broadcast_that_reaches_every_subscriber_literally() {
    browser.logIn("quantri", PASSWORD, "/quanly/phatsong");
    browser.visible(By.cssSelector("#unit option"));
    browser.driver().findElement(By.id("text")).sendKeys(TEXT);
    browser.driver().findElement(By.cssSelector("input[name=kind][value=all]")).click();
    assertThat(browser.driver().findElement(By.id("send-button")).isEnabled())
        .as("sending waits for a preview")
        .isFalse();

    browser.driver().findElement(By.id("preview-button")).click();

    assertThat(browser.visible(By.id("preview-count")).getText())
        .isEqualTo("Tin sẽ đến 3 người nhận.");
    assertThat(browser.driver().findElement(By.id("preview-text")).getText()).isEqualTo(TEXT);
    assertThat(browser.nothingInjected()).isTrue();
    browser.screenshot("phatsong-xem-truoc", DashboardBrowser.WIDE);

    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("send-button"))).click();

    WebElement done = browser.visible(By.cssSelector("#broadcasts tbody tr[data-state='done']"));
    assertThat(done.findElement(By.cssSelector("td.message")).getText()).isEqualTo(TEXT);
    assertThat(done.findElement(By.cssSelector("td.sent")).getText()).isEqualTo("3");
    assertThat(done.findElements(By.cssSelector("td.actions button"))).isEmpty();
    for (long chat : MEMBERS) {
      assertThat(api.awaitMessages(chat, 3, FakeBotApi.WAIT))
          .extracting(SentMessage::text)
          .last()
          .isEqualTo(TEXT);
    }
    assertThat(browser.nothingInjected()).isTrue();
    browser.screenshots("phatsong");
  }

  @Test
  void a_scheduled_broadcast_offers_only_cancel_and_cancelling_it_updates_the_list() {
    browser.logIn("quantri", PASSWORD, "/quanly/phatsong");
    browser.visible(By.cssSelector("#unit option"));
    browser.driver().findElement(By.id("text")).sendKeys("Hẹn giờ Tết Sum vầy");
    new Select(browser.driver().findElement(By.id("unit"))).selectByValue("TDG");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "const f = document.getElementById('send-at'); f.value = '2099-01-20T08:00';"
                + " f.dispatchEvent(new Event('change'));");
    browser.driver().findElement(By.id("preview-button")).click();
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("send-button"))).click();

    WebElement scheduled =
        browser.visible(By.cssSelector("#broadcasts tbody tr[data-state='scheduled']"));
    assertThat(scheduled.findElements(By.cssSelector("td.actions button")))
        .extracting(WebElement::getText)
        .containsExactly("Hủy");
    scheduled.findElement(By.cssSelector("button[data-action=cancel]")).click();

    browser.visible(By.cssSelector("#broadcasts tbody tr[data-state='cancelled']"));
  }

  @Test
  void a_district_account_picks_among_its_own_units_only() {
    browser.logIn("minh", PASSWORD, "/quanly/phatsong");

    browser.visible(By.cssSelector("#unit option"));
    List<String> units =
        browser.driver().findElements(By.cssSelector("#unit option")).stream()
            .map(option -> option.getAttribute("value"))
            .toList();

    assertThat(units).first().isEqualTo("TPLC");
    assertThat(units).allMatch(code -> code.startsWith("TPLC"));
    assertThat(browser.driver().findElement(By.id("kind-all")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElement(By.id("kind-tag")).isDisplayed()).isFalse();
  }
}
