package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.app.Timing;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.store.Database;

/**
 * Reminders in the whole service, with the real TelegramBots client against the fake Bot API: the
 * clock is the test's, the scheduled jobs run every 50 ms, and the service is restarted on the same
 * data in the middle.
 */
class ReminderEndToEndTest {

  private static final long LAN = 7001;
  private static final long MINH = 7002;
  private static final long HA = 7003;

  @TempDir Path data;

  @Test
  void a_unit_that_has_not_reported_is_reminded_once_ahead_and_once_on_the_deadline_day()
      throws Exception {
    FakeClock clock = FakeClock.atVietnamTime("2026-06-10T09:00");
    Timing timing = new Timing(clock, Duration.ofMillis(50));
    try (FakeBotApi api = FakeBotApi.start()) {
      Settings settings =
          TestSettings.inFolder(
                  data, Map.of(SettingKey.CORPUS_DIR, ReporterSteps.tinyCorpus(data).toString()))
              .withTelegram(api.pollingSettings());
      try (RunningApp app = RunningApp.start(settings, timing);
          Database database = Database.open(settings.databaseFile())) {
        ReporterSteps steps = new ReporterSteps(api, database);
        steps.register(LAN, "Chị Lan", "TDG-01");
        steps.register(HA, "Chị Hà", "TDG-03");
        steps.reportAndConfirm(HA, "Chị Hà", "/baocao H1/2026 DVM=4");

        clock.set("2026-06-17T09:00");
        SentMessage reminder = api.awaitMessages(LAN, 2, FakeBotApi.WAIT).get(1);

        assertThat(reminder.text())
            .startsWith("⏰ Nhắc báo cáo")
            .contains("Đơn vị TDG-01 — CĐCS Công ty Cổ phần Chè Tam Đường chưa gửi báo cáo")
            .contains("6 tháng đầu năm 2026: hạn nộp trước ngày 20/6/2026 (còn 3 ngày).")
            .contains("/baocao H1/2026 TDG-01");
      }

      try (RunningApp restarted = RunningApp.start(settings, timing);
          Database database = Database.open(settings.databaseFile())) {
        new ReporterSteps(api, database).register(MINH, "Anh Minh", "TDG-02");
        SentMessage afterRestart = api.awaitMessages(MINH, 2, FakeBotApi.WAIT).get(1);
        assertThat(afterRestart.text()).contains("Đơn vị TDG-02").contains("(còn 3 ngày)");
        assertThat(outboxTo(restarted, LAN))
            .as("the registration reply and one reminder, none queued again after the restart")
            .containsExactly("0", "1");

        clock.set("2026-06-20T09:00");
        SentMessage deadlineDay = api.awaitMessages(LAN, 3, FakeBotApi.WAIT).get(2);
        assertThat(deadlineDay.text())
            .contains("6 tháng đầu năm 2026: hôm nay đã đến hạn (trước ngày 20/6/2026)");
        api.awaitMessages(MINH, 3, FakeBotApi.WAIT);

        assertThat(restarted.column("SELECT COUNT(*) FROM report_reminders")).containsExactly("4");
        assertThat(outboxTo(restarted, HA))
            .as("a unit that reported gets no reminder")
            .doesNotContain("1");
      }
      assertThat(api.messagesIn(LAN)).hasSize(3);
      assertThat(api.messagesIn(MINH)).hasSize(3);
      api.assertExhausted();
    }
  }

  /** The priorities of the rows queued for a chat, oldest first: 0 a reply, 1 a reminder. */
  private static List<String> outboxTo(RunningApp app, long chat) {
    return app.column(
        "SELECT priority FROM outbox WHERE chat_id = ? ORDER BY id", String.valueOf(chat));
  }
}
