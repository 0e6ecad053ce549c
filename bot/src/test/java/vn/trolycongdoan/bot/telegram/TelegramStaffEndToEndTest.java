package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;
import vn.trolycongdoan.bot.config.SettingKey;

/**
 * Staff in Telegram: the real service with one admin in {@code reports.admins}, the real
 * TelegramBots client polling a fake Bot API, the knowledge base and SQLite behind it. An admin
 * grants a district role with {@code /capquyen}; the district's staff member then reads its roll-up
 * with {@code /tonghop}.
 */
class TelegramStaffEndToEndTest {

  private static final long ADMIN = 7001;
  private static final long MINH = 7002;
  private static final long LAN = 7003;
  private static final long HOA = 7004;

  @TempDir static Path data;

  private static FakeBotApi api;
  private static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    api = FakeBotApi.start();
    app =
        RunningApp.start(
            TestSettings.inFolder(data, Map.of(SettingKey.REPORTS_ADMINS, ADMIN + ", " + HOA))
                .withTelegram(api.pollingSettings()));
  }

  @AfterAll
  static void stop() {
    try {
      if (app != null) {
        app.close();
      }
      api.assertExhausted();
    } finally {
      api.close();
    }
  }

  @Test
  void an_admin_grants_a_district_role_and_its_staff_member_reads_the_districts_rollup() {
    reportFifteenNewMembers();

    assertThat(send(MINH, "Anh Minh", "/tonghop", 1))
        .startsWith("Lệnh này dành cho cán bộ")
        .contains("Mã người dùng Telegram của bạn: " + MINH);
    assertThat(send(ADMIN, "Chị Mai", "/capquyen " + MINH + " TDG", 1))
        .startsWith("✅ Đã cấp quyền cán bộ cho người dùng " + MINH + ": đơn vị TDG");
    assertThat(app.column("SELECT unit_code FROM staff_roles WHERE user_id = ?", "" + MINH))
        .containsExactly("TDG");

    assertThat(send(MINH, "Anh Minh", "/tonghop", 2))
        .startsWith("Tổng hợp 6 tháng")
        .contains("TDG — Liên đoàn Lao động huyện Tam Đường")
        .contains("Đã báo cáo: 1/4 CĐCS (25 %)")
        .contains(": 15 người (1 đơn vị)");
    assertThat(send(MINH, "Anh Minh", "/tonghop PTO", 3))
        .startsWith("Bạn chỉ xem và sửa được các đơn vị thuộc TDG");
  }

  @Test
  void an_admins_rollup_cites_the_plan_and_its_button_opens_the_passage() {
    api.userSends(HOA, HOA, "Chị Hoa", "/tonghop 2026");
    SentMessage rollup = api.awaitMessages(HOA, 1, FakeBotApi.WAIT).get(0);

    assertThat(rollup.text())
        .startsWith("Tổng hợp năm 2026 — LDLD")
        .contains("🎯 Chỉ tiêu mỗi năm: xây dựng mới ít nhất 05 nhà — ")
        .contains("mục II › 2 › 2.4");
    assertThat(rollup.keyboard()).isNotEmpty();
    SentMessage.SentButton first = rollup.keyboard().get(0).get(0);
    assertThat(first.text()).startsWith("📄 ").contains("mục");

    int answered = api.callbackAnswers().size();
    api.userPresses(HOA, HOA, rollup.messageId(), first.callbackData());
    SentMessage passage = api.awaitMessages(HOA, 2, FakeBotApi.WAIT).get(1);
    api.awaitCallbackAnswers(answered + 1, FakeBotApi.WAIT);

    assertThat(passage.text()).contains(first.text().substring(first.text().indexOf("mục ") + 4));
  }

  private static void reportFifteenNewMembers() {
    app.execute(
        "INSERT INTO report_invites (code, unit_code, created_at, expires_at, created_by)"
            + " VALUES ('K7MQ4XRTAB', 'TDG-01', 0, 32503680000000, 'test')");
    assertThat(send(LAN, "Chị Lan", "/dangky K7MQ4-XRTAB", 1)).contains("TDG-01");
    api.userSends(LAN, LAN, "Chị Lan", "/baocao đoàn viên mới 15");
    SentMessage echo = api.awaitMessages(LAN, 2, FakeBotApi.WAIT).get(1);
    api.userPresses(LAN, LAN, echo.messageId(), echo.buttonData().get(0));
    assertThat(api.awaitEdit(LAN, echo.messageId(), FakeBotApi.WAIT).text())
        .contains("Đã lưu báo cáo");
  }

  /** Sends {@code text} and returns the bot's {@code nth} message in that chat. */
  private static String send(long user, String name, String text, int nth) {
    api.userSends(user, user, name, text);
    return api.awaitMessages(user, nth, FakeBotApi.WAIT).get(nth - 1).text();
  }
}
