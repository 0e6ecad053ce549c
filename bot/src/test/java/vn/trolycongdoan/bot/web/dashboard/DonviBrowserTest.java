package vn.trolycongdoan.bot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
import vn.trolycongdoan.bot.config.Settings;

/**
 * The Đơn vị page in real headless Chromium against the whole service: an admin's tree, invite
 * codes and accounts, a district account's part of it, and script in names shown literally. Needs
 * the knowledge implementation.
 */
class DonviBrowserTest {

  private static final String SCRIPT = "<img src=x onerror=alert(1)><script>alert(2)</script>";

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
    DashboardBrowser.addAccount(
        settings.databaseFile(), "lan", "Chị Lan", null, "mật khẩu của Lan");
    DashboardBrowser.addAccount(
        settings.databaseFile(), "minh", "Anh Minh", "TPLC", "mật khẩu Minh");
    app.execute(
        "INSERT INTO subscribers (channel, chat_id, user_id, display_name, subscribed, blocked,"
            + " first_seen, last_seen) VALUES ('TELEGRAM', '501', '501', '"
            + SCRIPT
            + "', TRUE, FALSE, 0, 0)");
    app.execute(
        "INSERT INTO reporters (channel, user_id, unit_code, registered_at)"
            + " VALUES ('TELEGRAM', '501', 'TPLC-01', 1764547200000)");
    app.execute(
        "INSERT INTO reporters (channel, user_id, unit_code, registered_at)"
            + " VALUES ('TELEGRAM', '601', 'TDG-01', 1764547200000)");
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
  void an_admin_sees_the_whole_tree_makes_an_invite_and_sees_it_listed() {
    browser.logIn("lan", "mật khẩu của Lan", "/quanly/donvi");
    WebElement tree = browser.visible(By.cssSelector("#tree tbody tr[data-unit='TDG-01']"));
    assertThat(tree.getText()).contains("TDG-01", "Công đoàn cơ sở");
    assertThat(browser.driver().findElement(By.id("tree-scope")).getText())
        .isEqualTo("Tài khoản quản trị: mọi đơn vị.");

    new Select(browser.driver().findElement(By.id("invite-unit"))).selectByValue("TDG-02");
    browser.driver().findElement(By.id("invite-create")).click();

    String code = browser.visible(By.id("new-invite")).getText();
    assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("invites"), code));
    assertThat(browser.driver().findElement(By.id("invites")).getText())
        .contains(code, "Còn hiệu lực", "Chị Lan");
    assertThat(app.column("SELECT unit_code FROM report_invites")).containsExactly("TDG-02");
    browser.visible(By.cssSelector("#accounts tbody tr[data-login='minh']"));
    browser.screenshots("donvi");
  }

  @Test
  void an_admin_creates_an_account_named_with_script_shown_literally_and_disables_it() {
    browser.logIn("lan", "mật khẩu của Lan", "/quanly/donvi");
    browser.visible(By.cssSelector("#accounts tbody tr[data-login='lan']"));

    browser.driver().findElement(By.id("account-login")).sendKeys("hoa");
    browser.driver().findElement(By.id("account-name")).sendKeys(SCRIPT);
    new Select(browser.driver().findElement(By.id("account-unit"))).selectByValue("TDG");
    browser.driver().findElement(By.id("account-create")).click();

    String password = browser.visible(By.id("temporary-password")).getText();
    assertThat(password).matches(".{4}-.{4}-.{4}");
    WebElement row = browser.visible(By.cssSelector("#accounts tbody tr[data-login='hoa']"));
    assertThat(row.getText()).contains(SCRIPT, "Cán bộ", "TDG", "Đang dùng");
    assertThat(browser.nothingInjected()).isTrue();

    row.findElement(By.xpath(".//button[text()='Khóa']")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#accounts tbody tr[data-login='hoa']"), "Đã khóa"));
    assertThat(app.column("SELECT disabled FROM staff_accounts WHERE login = 'hoa'"))
        .containsExactly("1");
    WebElement own = browser.driver().findElement(By.cssSelector("tr[data-login='lan']"));
    assertThat(own.findElement(By.xpath(".//button[text()='Khóa']")).isEnabled()).isFalse();
  }

  @Test
  void a_district_account_sees_its_subtree_and_reporters_without_the_accounts_section() {
    browser.logIn("minh", "mật khẩu Minh", "/quanly/donvi");
    browser.visible(By.cssSelector("#tree tbody tr[data-unit='TPLC-01']"));
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("reporters"), "Telegram"));

    List<String> units =
        browser.driver().findElements(By.cssSelector("#tree tbody tr")).stream()
            .map(row -> row.getAttribute("data-unit"))
            .toList();
    assertThat(units).first().isEqualTo("TPLC");
    assertThat(units).allMatch(code -> code.startsWith("TPLC"));
    assertThat(browser.driver().findElement(By.id("accounts-section")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElement(By.id("reporters")).getText())
        .contains(SCRIPT)
        .doesNotContain("TDG-01");
    assertThat(
            new Select(browser.driver().findElement(By.id("invite-unit")))
                .getOptions().stream().map(o -> o.getAttribute("value")))
        .allMatch(code -> code.startsWith("TPLC"));
    assertThat(browser.nothingInjected()).isTrue();
    browser.screenshots("donvi-canbo");
  }
}
