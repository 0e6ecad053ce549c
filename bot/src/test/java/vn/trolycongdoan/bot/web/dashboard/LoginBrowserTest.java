package vn.trolycongdoan.bot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.config.Settings;

/**
 * The login page in real headless Chromium against the whole service: a page asked without a
 * session, logging in, a wrong password, logging out and the lock-out. Needs the knowledge
 * implementation.
 */
class LoginBrowserTest {

  private static final String PASSWORD = "mật khẩu của Minh";

  @TempDir static Path data;
  @TempDir static Path profile;

  private static RunningApp app;
  private static Settings settings;
  private static DashboardBrowser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = DashboardBrowser.start(profile);
    settings = TestSettings.inFolder(data);
    app = RunningApp.start(settings);
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
  }

  @BeforeEach
  void forgetTheSession() {
    browser.at(app.port());
  }

  @Test
  void a_page_without_a_session_goes_to_the_login_page_and_back_after_logging_in() {
    browser.open("/quanly/donvi");
    browser.waiting().until(ExpectedConditions.urlContains("/quanly/dangnhap?next="));
    assertThat(browser.driver().getTitle()).isEqualTo("Đăng nhập — Trợ lý Công đoàn");
    browser.screenshots("dangnhap");

    browser.submitLogin("minh", PASSWORD);

    browser.waiting().until(ExpectedConditions.urlToBe(url("/quanly/donvi")));
    assertThat(browser.visible(By.cssSelector("nav.top .who")).getText())
        .isEqualTo("Anh Minh · TPLC");
    assertThat(browser.driver().manage().getCookieNamed(DashboardCookies.SESSION).isHttpOnly())
        .isTrue();
    assertThat(browser.driver().manage().getCookieNamed(DashboardCookies.SESSION).getSameSite())
        .isEqualTo("Strict");
  }

  @Test
  void a_wrong_password_says_so_in_vietnamese_and_keeps_the_login_typed() {
    browser.open("/quanly/dangnhap");

    browser.submitLogin("minh", "không phải mật khẩu");

    assertThat(browser.visible(By.id("error")).getText())
        .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra rồi thử lại.");
    assertThat(browser.driver().findElement(By.id("login")).getAttribute("value"))
        .isEqualTo("minh");
    assertThat(browser.driver().findElement(By.id("password")).getAttribute("value")).isEmpty();
    assertThat(browser.driver().manage().getCookieNamed(DashboardCookies.SESSION)).isNull();
    browser.screenshots("dangnhap-sai");
  }

  @Test
  void script_typed_as_a_login_is_shown_literally() {
    browser.open("/quanly/dangnhap");
    String script = "<img src=x onerror=alert(1)>";

    browser.submitLogin(script, "sai");

    browser.visible(By.id("error"));
    assertThat(browser.driver().findElement(By.id("login")).getAttribute("value"))
        .isEqualTo(script);
    assertThat(browser.nothingInjected()).isTrue();
  }

  @Test
  void logging_out_ends_the_session_so_pages_ask_to_log_in_again() {
    browser.logIn("minh", PASSWORD, "/quanly/donvi");

    browser.logOut();

    browser.open("/quanly/donvi");
    browser.waiting().until(ExpectedConditions.urlContains("/quanly/dangnhap?next="));
    assertThat(browser.driver().findElement(By.id("login")).isDisplayed()).isTrue();
  }

  @Test
  void five_wrong_passwords_lock_the_login_with_a_message_saying_until_when() {
    DashboardBrowser.addAccount(settings.databaseFile(), "khoa", "Anh Khoa", "TDG", PASSWORD);
    browser.open("/quanly/dangnhap");
    for (int i = 0; i < 5; i++) {
      browser.submitLogin("khoa", "sai " + i);
      browser.visible(By.id("error"));
    }
    browser.submitLogin("khoa", PASSWORD);

    assertThat(browser.visible(By.id("error")).getText())
        .startsWith("Đăng nhập sai quá nhiều lần nên tạm khóa đến ")
        .endsWith("Hãy thử lại sau, hoặc nhờ quản trị đặt lại mật khẩu.");
    assertThat(browser.driver().manage().getCookieNamed(DashboardCookies.SESSION)).isNull();
    browser.screenshots("dangnhap-khoa");
  }

  private static String url(String path) {
    return "http://localhost:" + app.port() + path;
  }
}
