package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.RunningApp;
import vn.trolycongdoan.bot.TestSettings;

/**
 * A member in Telegram: the real service, with the real TelegramBots client polling a fake Bot API,
 * the chat core, the knowledge base and SQLite behind it.
 */
class TelegramEndToEndTest {

  private static final long LAN = 5001;

  @TempDir static Path data;

  private static FakeBotApi api;
  private static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    api = FakeBotApi.start();
    app = RunningApp.start(TestSettings.inFolder(data).withTelegram(api.pollingSettings()));
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
  void registers_the_vietnamese_command_menu_at_start() {
    assertThat(api.commands())
        .extracting(FakeBotApi.Command::command)
        .containsExactly(
            "start",
            "hoi",
            "vanban",
            "kiennghi",
            "dangky",
            "baocao",
            "xem",
            "lichsu",
            "huy",
            "tonghop",
            "chuabaocao",
            "taoma",
            "capquyen",
            "phatsong",
            "chiendich",
            "huongdan",
            "chude",
            "dunglai");
    assertThat(api.commands())
        .extracting(FakeBotApi.Command::description)
        .contains(
            "Hỏi về chính sách, quyền lợi",
            "Gửi kiến nghị, phản ánh tới Công đoàn",
            "Dừng nhận tin chiến dịch");
  }

  @Test
  void a_member_subscribes_asks_votes_and_stops() {
    api.userSends(LAN, LAN, "Lan", "/start");
    List<SentMessage> started = api.awaitMessages(LAN, 2, FakeBotApi.WAIT);
    assertThat(started.get(0).text())
        .startsWith("Xin chào Lan!")
        .contains("Bạn đã đăng ký nhận tin chiến dịch");
    assertThat(subscribed(LAN)).containsExactly("1");
    SentMessage topics = started.get(1);
    assertThat(topics.text()).startsWith("Chủ đề bạn quan tâm");
    assertThat(topics.buttonData()).startsWith("cd:tin-tuc", "cd:phap-luat");

    int answered = api.callbackAnswers().size();
    api.userPresses(LAN, LAN, topics.messageId(), "cd:phap-luat");
    SentMessage chosen = api.awaitEdit(LAN, topics.messageId(), FakeBotApi.WAIT);
    assertThat(chosen.text()).contains("Đang chọn: Pháp luật.");
    assertThat(chosen.keyboard().get(1).get(0).text()).isEqualTo("✅ Pháp luật");
    assertThat(api.awaitCallbackAnswers(answered + 1, FakeBotApi.WAIT))
        .extracting(FakeBotApi.CallbackAnswer::text)
        .contains("Đã chọn: Pháp luật");

    api.userSends(LAN, LAN, "Lan", "Con đẻ kết hôn được nghỉ mấy ngày?");
    SentMessage answer = api.awaitMessages(LAN, 3, FakeBotApi.WAIT).get(2);
    assertThat(answer.text()).contains("Con đẻ, con nuôi kết hôn: nghỉ 01 ngày").contains("📄 ");
    String up =
        answer.buttonData().stream()
            .filter(data -> data.startsWith("v:") && data.contains(":u:"))
            .findFirst()
            .orElseThrow();
    api.userPresses(LAN, LAN, answer.messageId(), up);
    SentMessage voted = api.awaitEdit(LAN, answer.messageId(), FakeBotApi.WAIT);
    assertThat(voted.text()).contains("Bạn đã đánh giá 👍");
    assertThat(voted.buttonData())
        .as("the vote buttons are gone, the others stay")
        .contains(answer.buttonData().get(0))
        .noneMatch(data -> data.startsWith("v:"));
    assertThat(api.awaitCallbackAnswers(answered + 2, FakeBotApi.WAIT))
        .extracting(FakeBotApi.CallbackAnswer::text)
        .contains("Cảm ơn bạn đã đánh giá!");
    assertThat(
            app.column("SELECT vote FROM answer_feedback WHERE user_id = ?", String.valueOf(LAN)))
        .containsExactly("UP");

    api.userSends(LAN, LAN, "Lan", "/dunglai");
    assertThat(api.awaitMessages(LAN, 4, FakeBotApi.WAIT).get(3).text())
        .startsWith("Bạn đã dừng nhận tin");
    assertThat(subscribed(LAN)).containsExactly("0");
  }

  @Test
  void an_update_delivered_twice_is_answered_once() {
    long chat = 5002;
    int first = api.userSends(chat, chat, "Minh", "/huongdan");
    api.awaitMessages(chat, 1, FakeBotApi.WAIT);

    api.queueRawUpdate(api.updateJson(first));
    api.userSends(chat, chat, "Minh", "/vanban");

    List<SentMessage> messages = api.awaitMessages(chat, 2, FakeBotApi.WAIT);
    assertThat(messages.get(1).text()).startsWith("Các văn bản trợ lý đang dùng");
    assertThat(api.messagesIn(chat)).hasSize(2);
  }

  @Test
  void a_member_who_blocked_the_bot_is_marked_blocked() throws InterruptedException {
    long chat = 5003;
    api.userSends(chat, chat, "Hà", "/start");
    api.awaitMessages(chat, 2, FakeBotApi.WAIT);
    api.userBlocksBot(chat);

    api.userSends(chat, chat, "Hà", "/huongdan");

    awaitColumn("SELECT blocked FROM subscribers WHERE chat_id = ?", String.valueOf(chat), "1");
    api.takeRefusals();
  }

  @Test
  void webhook_mode_rejects_requests_without_the_secret_and_answers_those_with_it(
      @TempDir Path webhookData) throws Exception {
    URI publicUrl = URI.create("https://bot.example.org/telegram/hook");
    try (FakeBotApi telegram = FakeBotApi.start();
        RunningApp hooked =
            RunningApp.start(
                TestSettings.inFolder(webhookData)
                    .withTelegram(telegram.webhookSettings(publicUrl, null)))) {
      String secret = telegram.webhook().orElseThrow().secretToken();
      URI local = URI.create("http://127.0.0.1:" + hooked.port() + "/telegram/hook");
      long chat = 5004;

      assertThat(
              FakeBotApi.postUpdate(local, telegram.textUpdate(chat, chat, "Tú", "/huongdan"), null)
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              FakeBotApi.postUpdate(
                      local, telegram.textUpdate(chat, chat, "Tú", "/huongdan"), "wrong")
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              FakeBotApi.postUpdate(local, telegram.textUpdate(chat, chat, "Tú", "/vanban"), secret)
                  .statusCode())
          .isEqualTo(200);

      List<SentMessage> messages = telegram.awaitMessages(chat, 1, FakeBotApi.WAIT);
      assertThat(messages.get(0).text()).startsWith("Các văn bản trợ lý đang dùng");
      assertThat(hooked.column("SELECT COUNT(*) FROM inbox WHERE state = 'HANDLED'"))
          .containsExactly("1");
    }
  }

  @Test
  void a_reporter_registers_reports_confirms_and_gets_a_receipt() {
    long chat = 5005;
    app.execute(
        "INSERT INTO report_invites (code, unit_code, created_at, expires_at, created_by)"
            + " VALUES ('K7MQ4XRTAB', 'TDG-01', 0, 32503680000000, 'test')");

    api.userSends(chat, chat, "Chị Lan", "/dangky k7mq4-xrtab");
    assertThat(api.awaitMessages(chat, 1, FakeBotApi.WAIT).get(0).text())
        .startsWith("Bạn đã được đăng ký báo cáo cho đơn vị TDG-01");

    api.userSends(chat, chat, "Chị Lan", "/baocao đoàn viên mới 15");
    SentMessage echo = api.awaitMessages(chat, 2, FakeBotApi.WAIT).get(1);
    assertThat(echo.text()).contains("Đơn vị: TDG-01").contains("Kỳ: 6 tháng").contains("15 người");
    assertThat(app.column("SELECT COUNT(*) FROM report_submissions")).containsExactly("0");

    api.userPresses(chat, chat, echo.messageId(), echo.buttonData().get(0));
    SentMessage receipt = api.awaitEdit(chat, echo.messageId(), FakeBotApi.WAIT);

    assertThat(receipt.text()).contains("Đã lưu báo cáo").contains("Số biên nhận: BC-");
    assertThat(receipt.buttonData()).isEmpty();
    assertThat(app.column("SELECT receipt FROM report_submissions WHERE user_id = ?", "5005"))
        .singleElement()
        .satisfies(number -> assertThat(receipt.text()).contains(number));
  }

  private static List<String> subscribed(long chat) {
    return app.column(
        "SELECT subscribed FROM subscribers WHERE channel = 'TELEGRAM' AND chat_id = ?",
        String.valueOf(chat));
  }

  private static void awaitColumn(String sql, String param, String expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + FakeBotApi.WAIT.toNanos();
    while (!app.column(sql, param).equals(List.of(expected))) {
      assertThat(System.nanoTime()).as(sql + " = " + expected).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
