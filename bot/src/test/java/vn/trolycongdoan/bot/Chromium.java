package vn.trolycongdoan.bot;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver, for the browser tests; nothing is
 * downloaded. Where they are not installed the test is skipped, except on CI ({@code CI=true}),
 * which always installs them (see {@code .ci/run}), so there it fails instead.
 */
public final class Chromium {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String NOT_INSTALLED =
      "Chromium not installed (apt-get install chromium chromium-driver)";

  private Chromium() {}

  /**
   * Starts Chromium with its profile in {@code profile} (a {@code @TempDir}) and a window of the
   * given size, or skips the test (fails on CI) where it is missing.
   */
  public static ChromeDriver start(Path profile, int width, int height) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      if ("true".equals(System.getenv("CI"))) {
        fail(NOT_INSTALLED + "; CI must install it, see .ci/run");
      }
      Assumptions.abort(NOT_INSTALLED + "; browser test skipped");
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--window-size=" + width + "," + height,
        "--lang=vi",
        "--user-data-dir=" + profile.toAbsolutePath());
    return new ChromeDriver(service, options);
  }
}
