package vn.trolycongdoan.bot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;

/**
 * The Văn bản page in real headless Chromium against the whole service on a corpus folder of its
 * own: an admin uploads a document, follows its indexing and then gets its passage in the web chat;
 * edits metadata with script in it, shown as text; removes a document after the confirm; a broken
 * file is refused in Vietnamese; a staff account only lists.
 */
class DocumentPageBrowserTest {

  private static final String PASSWORD = "mật khẩu thử";
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String NOTICE =
      """
      LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU
      Số: 99/TB-LĐLĐ
      Lai Châu, ngày 05 tháng 01 năm 2025

      THÔNG BÁO
      Về việc tổ chức chương trình Tết Sum vầy năm 2025

      I. NỘI DUNG
      1. Chương trình Tết Sum vầy tặng 500 suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 1.000.000đ.
      2. Thời gian trao quà trước ngày 20/01/2025.
      """;

  @TempDir static Path data;
  @TempDir static Path profile;
  @TempDir static Path files;

  private static Path corpus;
  private static RunningApp app;
  private static DashboardBrowser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = DashboardBrowser.start(profile);
    corpus = Files.createDirectories(data.resolve("corpus/plans"));
    Files.writeString(corpus.resolve("ke-hoach.txt"), "KẾ HOẠCH\nTháng Công nhân năm 2026.\n");
    Files.writeString(corpus.resolve("hoi-thao.txt"), "KẾ HOẠCH\nHội thao công nhân.\n");
    Settings settings =
        TestSettings.inFolder(
            data, Map.of(SettingKey.CORPUS_DIR, data.resolve("corpus").toString()));
    app = RunningApp.start(settings);
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
  }

  @BeforeEach
  void forgetTheSession() {
    browser.at(app.port());
  }

  @Test
  void an_uploaded_document_is_indexed_with_progress_and_answered_in_the_web_chat()
      throws Exception {
    Path file = Files.writeString(files.resolve("Thông báo Tết Sum vầy.txt"), NOTICE);
    browser.logIn("quantri", PASSWORD, "/quanly/vanban");
    browser.visible(By.cssSelector("#documents tr[data-id='plans/ke-hoach']"));

    browser.driver().findElement(By.id("file")).sendKeys(file.toString());
    browser.driver().findElement(By.id("upload-button")).click();

    WebElement done = browser.visible(By.cssSelector("#job-list li[data-state='done']"));
    assertThat(done.getText())
        .startsWith("Tải lên thong-bao-tet-sum-vay.txt: Xong")
        .contains("hỏi được ngay trong trò chuyện");
    WebElement row =
        browser.visible(By.cssSelector("#documents tr[data-id='plans/thong-bao-tet-sum-vay']"));
    assertThat(row.getText()).contains("THÔNG BÁO", "99/TB-LĐLĐ", "05/01/2025");
    browser.screenshots("vanban");

    browser.open("/");
    // the welcome, not the typing indicator (a bot bubble too) shown while /start is on its way
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Xin chào!"));
    browser.visible(By.id("message")).sendKeys("Tết Sum vầy tặng bao nhiêu suất quà?", Keys.ENTER);
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "500 suất"));
    assertThat(browser.driver().findElement(By.id("messages")).getText()).contains("99/TB-LĐLĐ");
    browser.screenshot("vanban-tro-chuyen", DashboardBrowser.WIDE);
  }

  @Test
  void a_broken_file_is_refused_in_vietnamese_and_not_listed() throws Exception {
    Path file = Files.write(files.resolve("hong.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 0});
    browser.logIn("quantri", PASSWORD, "/quanly/vanban");

    browser.visible(By.id("file")).sendKeys(file.toString());
    browser.driver().findElement(By.id("upload-button")).click();

    assertThat(browser.visible(By.cssSelector("#job-list li[data-state='failed']")).getText())
        .contains("Không đọc được tệp \"hong.docx\"");
    assertThat(browser.driver().findElements(By.cssSelector("#documents tr[data-id='plans/hong']")))
        .isEmpty();
    assertThat(corpus.resolve("hong.docx")).doesNotExist();
  }

  @Test
  void edited_metadata_with_script_in_it_is_shown_as_text() {
    browser.logIn("quantri", PASSWORD, "/quanly/vanban");
    browser
        .visible(By.cssSelector("#documents tr[data-id='plans/ke-hoach'] button[data-action=edit]"))
        .click();

    WebElement title = browser.visible(By.id("edit-title"));
    title.clear();
    title.sendKeys(SCRIPT);
    WebElement issuer = browser.driver().findElement(By.id("edit-issuer"));
    issuer.clear();
    issuer.sendKeys(IMG);
    browser.driver().findElement(By.cssSelector("#edit button[type=submit]")).click();

    browser.visible(By.cssSelector("#job-list li[data-state='done']"));
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#documents tr[data-id='plans/ke-hoach'] td.title"), SCRIPT));
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("#documents tr[data-id='plans/ke-hoach']"))
                .getText())
        .contains(IMG, "đã sửa thông tin");
    assertThat(browser.nothingInjected()).isTrue();
  }

  @Test
  void a_document_is_removed_after_the_confirm() {
    browser.logIn("quantri", PASSWORD, "/quanly/vanban");

    browser
        .visible(
            By.cssSelector("#documents tr[data-id='plans/hoi-thao'] button[data-action=remove]"))
        .click();
    browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();

    browser
        .waiting()
        .until(
            ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#documents tr[data-id='plans/hoi-thao']"), 0));
    assertThat(corpus.resolve("hoi-thao.txt")).doesNotExist();
  }

  @Test
  void a_staff_account_lists_the_documents_without_the_changes() {
    browser.logIn("minh", PASSWORD, "/quanly/vanban");

    browser.visible(By.cssSelector("#documents tr[data-id='plans/ke-hoach']"));
    assertThat(browser.driver().findElement(By.id("upload")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElements(By.cssSelector("#documents button"))).isEmpty();
    assertThat(browser.driver().findElement(By.id("summary")).getText())
        .contains("Chỉ quản trị viên được tải lên, sửa hoặc xoá văn bản.");
  }
}
