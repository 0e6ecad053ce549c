package vn.trolycongdoan.bot.web.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.trolycongdoan.bot.Chromium;

/**
 * Real headless Chromium for the dashboard's browser tests, shared by every page's test: start it
 * once per class ({@link #start} in {@code @BeforeAll}; skips the class where Chromium is not
 * installed, fails on CI, which installs it), point it at the running service ({@link #at}), log in
 * through the real login page ({@link #logIn}) with an account made by {@link #addAccount}, and
 * save screenshots to {@code bot/target/screenshots/<name>.png} at {@value #WIDE} px and {@value
 * #PHONE} px wide ({@link #screenshots}). Uses Debian's {@code chromium} and {@code
 * chromium-driver}; nothing is downloaded.
 */
public final class DashboardBrowser implements AutoCloseable {

  public static final int WIDE = 1280;
  public static final int PHONE = 390;

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private String base = "http://localhost";

  private DashboardBrowser(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  /**
   * Starts Chromium with its profile in {@code profile} (a {@code @TempDir}), or skips the test
   * class where it is missing (fails on CI, {@code CI=true}).
   */
  public static DashboardBrowser start(Path profile) {
    return new DashboardBrowser(Chromium.start(profile, WIDE, 900));
  }

  /**
   * Makes an account the browser can log in with, in the running service's database ({@code
   * settings.databaseFile()}); {@code unit} {@code null} for an admin.
   */
  public static void addAccount(
      Path databaseFile, String login, String name, String unit, String password) {
    DashboardClient.addAccount(databaseFile, login, name, unit, password);
  }

  /** Points the browser at the service on {@code port}, forgetting any session it had. */
  public DashboardBrowser at(int port) {
    base = "http://localhost:" + port;
    driver.manage().deleteAllCookies();
    return this;
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  /** Opens {@code path} (e.g. {@code /quanly/donvi}) of the service. */
  public void open(String path) {
    driver.get(base + path);
  }

  /**
   * Logs in through the login page, then opens {@code page} (and waits for its navigation, drawn
   * once the session is known).
   *
   * @throws AssertionError if the login page shows an error instead
   */
  public void logIn(String login, String password, String page) {
    open(page);
    wait.until(ExpectedConditions.urlContains("/quanly/dangnhap"));
    submitLogin(login, password);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/quanly/dangnhap")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.top")));
  }

  /** Types {@code login} and {@code password} into the open login page and sends the form. */
  public void submitLogin(String login, String password) {
    WebElement field = driver.findElement(By.id("login"));
    field.clear();
    field.sendKeys(login);
    driver.findElement(By.id("password")).sendKeys(password);
    WebElement submit = driver.findElement(By.id("submit"));
    submit.click();
    // The form posts and the answer is a new page: wait until the old one is gone, so that what is
    // looked up next (an error, say) is the new page's, not the old page's about to be replaced.
    // While the old page is torn down, Chromium may answer "Node with given id does not belong to
    // the document" instead of a stale element: asked again, it says stale.
    new WebDriverWait(driver, WAIT)
        .ignoring(WebDriverException.class)
        .until(ExpectedConditions.stalenessOf(submit));
  }

  /** Presses "Đăng xuất" in the navigation and waits for the login page. */
  public void logOut() {
    WebElement button = driver.findElement(By.cssSelector("nav.top .logout button"));
    if (!button.isDisplayed()) {
      driver.findElement(By.cssSelector("nav.top .menu")).click();
    }
    button.click();
    wait.until(ExpectedConditions.urlContains("/quanly/dangnhap"));
  }

  /** Waits until {@code selector} matches a visible element and returns it. */
  public WebElement visible(By selector) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(selector));
  }

  /**
   * Saves the whole page as {@code <name>.png} at {@value #WIDE} px and {@code <name>-390.png} at
   * {@value #PHONE} px under {@code bot/target/screenshots/}, and leaves the window wide.
   */
  public List<Path> screenshots(String name) {
    Path wide = screenshot(name, WIDE);
    Path phone = screenshot(name + "-" + PHONE, PHONE);
    driver.manage().window().setSize(new Dimension(WIDE, 900));
    return List.of(wide, phone);
  }

  /** Saves the whole page at {@code width} px as {@code <name>.png}. */
  public Path screenshot(String name, int width) {
    driver.manage().window().setSize(new Dimension(width, 900));
    long height =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return Math.max(document.body.scrollHeight,"
                        + " document.documentElement.scrollHeight)");
    driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 6000)));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the page shows no sign of injected markup: no alert open, no {@code img[src=x]} and no
   * script other than the dashboard's own files.
   */
  public boolean nothingInjected() {
    try {
      driver.switchTo().alert();
      return false;
    } catch (NoAlertPresentException expected) {
      // no alert: good
    }
    boolean images = !driver.findElements(By.cssSelector("img[src='x']")).isEmpty();
    boolean scripts =
        driver.findElements(By.tagName("script")).stream()
            .anyMatch(
                script -> {
                  String src = script.getAttribute("src");
                  return src == null || src.isEmpty() || !src.contains("/quanly/assets/");
                });
    return !images && !scripts;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
