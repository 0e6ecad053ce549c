package vn.trolycongdoan.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.trolycongdoan.bot.Chromium;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.library.FakeLibrary;

/**
 * The web chat page in real headless Chromium against a real server with a fake chat core, and once
 * against the whole service. Uses Debian's {@code chromium} and {@code chromium-driver}; nothing is
 * downloaded. Skipped where they are not installed, except on CI ({@code CI=true}), which always
 * installs them, so there it fails instead.
 */
class WebChatBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private static final By BOT_BUBBLES = By.cssSelector("#messages .bubble.bot");
  private static final By USER_BUBBLES = By.cssSelector("#messages .bubble.user");
  private static final By INPUT = By.id("message");
  private static final By TOAST = By.id("toast");

  @TempDir static Path profile;

  private static ChromeDriver browser;

  private final FakeChatCore core = new FakeChatCore();
  private WebServer server;
  private WebDriverWait wait;

  @BeforeAll
  static void startChromium() {
    browser = Chromium.start(profile, 390, 844);
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void startServerAndOpenThePage() {
    server =
        WebServer.start(
            TestSettings.inFolder(Path.of("unused")),
            new FakeLibrary(),
            () -> false,
            core,
            new MemoryWebSessions(),
            List.of(),
            Optional.empty());
    wait = new WebDriverWait(browser, WAIT);
    browser.get(pageUrl());
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void first_open_shows_the_welcome_of_start_and_a_reload_does_not_send_start_again() {
    wait.until(numberOfElementsToBe(BOT_BUBBLES, 1));

    WebElement welcome = browser.findElements(BOT_BUBBLES).get(0);
    assertThat(welcome.findElement(By.tagName("b")).getText()).isEqualTo(FakeChatCore.WELCOME);
    assertThat(browser.findElements(USER_BUBBLES)).isEmpty();
    assertThat(browser.getTitle()).isEqualTo("Trợ lý Công đoàn");

    browser.navigate().refresh();
    wait.until(numberOfElementsToBe(BOT_BUBBLES, 1));

    assertThat(browser.findElements(BOT_BUBBLES).get(0).getText()).startsWith("Chào bạn quay lại!");
    assertThat(core.messages()).hasSize(1);
    assertThat(core.messages().get(0).text()).isEqualTo("/start");
    assertThat(core.messages().get(0).from().chatId()).startsWith("web:");
    assertThat((String) ((JavascriptExecutor) browser).executeScript("return document.cookie"))
        .doesNotContain(SessionCookie.NAME);
  }

  @Test
  void a_typed_question_gets_the_answer_with_its_buttons_and_markup_in_it_is_shown_literally() {
    String question = "<b>Mức</b> đóng đoàn phí? <img src=x onerror=alert(1)>";
    wait.until(numberOfElementsToBe(BOT_BUBBLES, 1));

    browser.findElement(INPUT).sendKeys(question, Keys.ENTER);
    wait.until(numberOfElementsToBe(BOT_BUBBLES, 2));

    assertThat(browser.findElement(USER_BUBBLES).getText()).isEqualTo(question);
    WebElement answer = browser.findElements(BOT_BUBBLES).get(1);
    assertThat(answer.findElement(By.className("text")).getText())
        .isEqualTo(FakeChatCore.ANSWER_LEAD + question + "\n" + FakeChatCore.CITATION);
    assertThat(answer.findElement(By.tagName("i")).getText()).isEqualTo(FakeChatCore.CITATION);
    assertThat(
            browser.findElements(By.cssSelector("#messages b")).stream().map(WebElement::getText))
        .containsExactly(FakeChatCore.WELCOME, FakeChatCore.ANSWER_LEAD);
    assertThat(browser.findElements(By.cssSelector("#messages img"))).isEmpty();
    assertThat(
            answer.findElements(By.cssSelector(".keyboard button")).stream()
                .map(WebElement::getText))
        .containsExactly("Xem toàn văn mục", "Kết quả khác", "👍", "👎");
    assertThat(browser.findElement(INPUT).getAttribute("value")).isEmpty();
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("message");
    assertThat(core.messages().get(1).text()).isEqualTo(question);
  }

  @Test
  void pressing_a_button_replaces_the_bubble_that_carried_it_and_shows_the_notice() {
    wait.until(numberOfElementsToBe(BOT_BUBBLES, 1));
    browser.findElement(INPUT).sendKeys("Mức đóng đoàn phí là bao nhiêu?", Keys.ENTER);
    wait.until(numberOfElementsToBe(BOT_BUBBLES, 2));

    button("Xem toàn văn mục").click();
    wait.until(
        textToBe(
            By.cssSelector("#messages .bubble.bot:nth-child(3) .text"), FakeChatCore.FULL_SECTION));

    assertThat(browser.findElements(BOT_BUBBLES)).hasSize(2);
    assertThat(browser.findElement(By.id("messages")).getText())
        .doesNotContain(FakeChatCore.CITATION);
    assertThat(wait.until(visibilityOfElementLocated(TOAST)).getText())
        .isEqualTo("Đã mở toàn văn.");

    button("👍").click();
    wait.until(textToBe(TOAST, FakeChatCore.THANKS));

    assertThat(browser.findElements(BOT_BUBBLES)).hasSize(2);
    assertThat(core.messages())
        .extracting(message -> message.buttonData())
        .containsExactly(null, null, FakeChatCore.FULL_TEXT, FakeChatCore.VOTE_UP);
  }

  @Test
  void a_failed_send_says_so_in_vietnamese_and_keeps_the_question_in_the_input() {
    wait.until(numberOfElementsToBe(BOT_BUBBLES, 1));
    core.failWith(new IllegalStateException("core down"));

    browser.findElement(INPUT).sendKeys("Mức đóng đoàn phí?", Keys.ENTER);
    wait.until(numberOfElementsToBe(By.cssSelector("#messages .bubble.error"), 1));

    assertThat(browser.findElement(By.cssSelector("#messages .bubble.error")).getText())
        .isEqualTo("Không gửi được, vui lòng thử lại.");
    wait.until(page -> page.findElement(By.id("send")).isEnabled());
    assertThat(browser.findElement(INPUT).getAttribute("value")).isEqualTo("Mức đóng đoàn phí?");
  }

  @Test
  void a_member_asks_the_real_service_and_votes(@TempDir Path data) throws Exception {
    try (RunningApp app = RunningApp.start(TestSettings.inFolder(data))) {
      browser.get("http://127.0.0.1:" + app.port() + "/");
      wait.until(textToBePresentInElementLocated(BOT_BUBBLES, "Xin chào!"));

      browser
          .findElement(INPUT)
          .sendKeys("Mỗi năm xây mới bao nhiêu nhà Mái ấm Công đoàn?", Keys.ENTER);
      wait.until(numberOfElementsToBe(BOT_BUBBLES, 2));
      WebElement answer = browser.findElements(BOT_BUBBLES).get(1);
      assertThat(answer.getText())
          .contains("sửa chữa 10 nhà Mái ấm Công đoàn")
          .contains("38/KH-LĐLĐ");

      button("👍 Hữu ích").click();
      wait.until(textToBe(TOAST, "Cảm ơn bạn đã đánh giá!"));
      assertThat(browser.findElements(BOT_BUBBLES).get(1).getText()).contains("Bạn đã đánh giá 👍");
      assertThat(app.column("SELECT vote FROM answer_feedback")).containsExactly("UP");
    }
  }

  private WebElement button(String label) {
    return browser.findElements(By.cssSelector("#messages .keyboard button")).stream()
        .filter(button -> button.getText().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No button " + label));
  }

  private String pageUrl() {
    return "http://127.0.0.1:" + server.port() + "/";
  }
}
