package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.telegram.FakeBotApi.WAIT;

import ch.qos.logback.classic.Level;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.LogCapture;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.config.TelegramSettings;
import vn.trolycongdoan.bot.outbox.Foreground;

/** Starting Telegram when it is unreachable or refuses at first. */
class TelegramLauncherTest {

  private static final Duration RETRY = Duration.ofMillis(50);

  private final BotFixture fixture = new BotFixture();
  private final FakeBotApi api = fixture.api;
  private TelegramLauncher launcher;

  @TempDir Path data;

  @AfterEach
  void stop() {
    if (launcher != null) {
      launcher.close();
    }
    fixture.close();
  }

  @Test
  void without_a_token_the_bot_stays_off_and_serves_no_webhook() {
    TelegramSettings noToken = new TelegramSettings(null, api.url(), null, null);

    launcher =
        TelegramLauncher.launch(
            noToken,
            () -> {
              throw new AssertionError("started without a token");
            });

    assertThat(launcher.bot()).isEmpty();
    assertThat(TelegramLauncher.webhookRoute(noToken, launcher)).isEmpty();
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void a_start_telegram_refuses_is_logged_and_retried_in_the_background_until_it_works()
      throws Exception {
    api.failNext("getMe", Failure.serverError());
    TelegramSettings settings = api.pollingSettings();

    try (LogCapture logs = LogCapture.start()) {
      launcher =
          TelegramLauncher.launch(
              settings,
              () ->
                  TelegramBot.start(
                      settings,
                      BotFixture.UNLIMITED,
                      fixture.chat,
                      fixture.database,
                      fixture.subscribers,
                      new Foreground(),
                      BotFixture.FAST),
              RETRY,
              RETRY);

      awaitBot();
      assertThat(logs.atLeast(Level.WARN))
          .anySatisfy(
              line ->
                  assertThat(line)
                      .contains("Telegram is not on yet", "web chat and the API keep running"));
      assertThat(logs.withStackTraces()).isEmpty();
    }
    api.userSends(801, 801, "Hà", "hỏi");
    assertThat(api.awaitMessages(801, 1, WAIT)).hasSize(1);
  }

  @Test
  void an_unreachable_telegram_at_start_leaves_the_web_chat_and_api_running() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TelegramSettings nowhere =
        new TelegramSettings(api.token(), URI.create("http://127.0.0.1:" + closedPort), null, null);

    try (RunningApp app = RunningApp.start(TestSettings.inFolder(data).withTelegram(nowhere))) {
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
    }
  }

  private void awaitBot() throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    while (launcher.bot().isEmpty()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("The bot did not start within " + WAIT);
      }
      Thread.sleep(20);
    }
  }
}
