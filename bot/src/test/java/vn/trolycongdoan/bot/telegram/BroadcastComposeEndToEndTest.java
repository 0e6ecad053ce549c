package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.app.Timing;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;

/**
 * An admin composes a broadcast with a photo in Telegram: the real service, the real TelegramBots
 * client polling the fake Bot API, the scheduled jobs every 50 ms. The photo goes out again by its
 * {@code file_id} with {@code sendPhoto}, its text as the caption, to the preview and to every
 * subscriber.
 */
class BroadcastComposeEndToEndTest {

  private static final long ADMIN = 9100;
  private static final List<Long> MEMBERS = List.of(9101L, 9102L, 9103L);
  private static final String PHOTO = "AgACAgIAAxkBAAIBcGZ-tet-sum-vay";
  private static final String CAPTION = "Tết Sum vầy 2027: đăng ký vé xe về quê trước 15/1.";

  @TempDir Path data;

  @Test
  void an_admin_composes_a_photo_broadcast_and_each_subscriber_gets_the_photo_once()
      throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      Settings settings =
          TestSettings.inFolder(
                  data,
                  Map.of(
                      SettingKey.CORPUS_DIR,
                      ReporterSteps.tinyCorpus(data).toString(),
                      SettingKey.REPORTS_ADMINS,
                      Long.toString(ADMIN)))
              .withTelegram(api.pollingSettings());
      try (RunningApp app =
          RunningApp.start(settings, new Timing(Clock.systemUTC(), Duration.ofMillis(50)))) {
        for (long member : MEMBERS) {
          api.userSends(member, member, "Đoàn viên", "/start");
          api.awaitMessages(member, 2, FakeBotApi.WAIT); // the welcome, then the topic choice
        }
        api.userSends(ADMIN, ADMIN, "Chị Mai", "/phatsong");
        assertThat(api.awaitMessages(ADMIN, 1, FakeBotApi.WAIT).get(0).text())
            .startsWith("📣 Soạn tin gửi thành viên");

        api.userSendsPhoto(ADMIN, ADMIN, "Chị Mai", PHOTO, CAPTION);
        SentMessage audience = api.awaitMessages(ADMIN, 2, FakeBotApi.WAIT).get(1);
        assertThat(audience.keyboard().get(0).get(0).text()).isEqualTo("👥 Tất cả người nhận tin");
        api.userPresses(ADMIN, ADMIN, audience.messageId(), audience.buttonData().get(0));

        List<SentMessage> shown = api.awaitMessages(ADMIN, 4, FakeBotApi.WAIT);
        SentMessage preview = shown.get(2);
        assertThat(preview.media()).isEqualTo(new SentMessage.Media("photo", PHOTO));
        assertThat(preview.text()).isEqualTo(CAPTION);
        SentMessage choice = shown.get(3);
        assertThat(choice.text()).contains("Hiện có 3 người nhận.");
        api.userPresses(ADMIN, ADMIN, choice.messageId(), choice.buttonData().get(0));
        assertThat(api.awaitEdit(ADMIN, choice.messageId(), FakeBotApi.WAIT).text())
            .startsWith("✅ Đã bắt đầu gửi đợt phát tin số 1 cho 3 người nhận.");

        for (long member : MEMBERS) {
          SentMessage got = api.awaitMessages(member, 3, FakeBotApi.WAIT).get(2);
          assertThat(got.media())
              .as("chat " + member)
              .isEqualTo(new SentMessage.Media("photo", PHOTO));
          assertThat(got.text()).isEqualTo(CAPTION);
        }
        assertThat(
                api.requests("sendPhoto").stream()
                    .map(request -> request.params().path("chat_id").asLong())
                    .toList())
            .containsExactlyInAnyOrder(ADMIN, 9101L, 9102L, 9103L);
        api.awaitCallbackAnswers(2, FakeBotApi.WAIT);
        // The progress message comes only if the scheduled jobs see the broadcast still running.
        List<SentMessage> told =
            api.awaitMessageThat(
                ADMIN,
                "the summary",
                message -> message.text().startsWith("✅ Đợt phát tin số 1 đã gửi xong"),
                FakeBotApi.WAIT);
        assertThat(told.get(told.size() - 1).text()).as("summary").contains("Đã gửi: 3");
        assertThat(told.subList(4, told.size() - 1))
            .as("progress")
            .hasSizeLessThanOrEqualTo(1)
            .allSatisfy(message -> assertThat(message.text()).startsWith("📣 Đợt phát tin số 1"));
      }
      for (long member : MEMBERS) {
        assertThat(api.messagesIn(member)).hasSize(3);
      }
      api.assertExhausted();
    }
  }
}
