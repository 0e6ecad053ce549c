package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.telegram.FakeBotApi.WAIT;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.IncomingMessage;
import vn.trolycongdoan.bot.chat.Reply;

/** The bot over long polling, the real TelegramBots client against the fake Bot API. */
class TelegramBotTest {

  private final BotFixture fixture = new BotFixture();
  private final FakeBotApi api = fixture.api;

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void a_message_is_answered_in_html_with_its_buttons() {
    fixture.startPolling();

    api.userSends(501, 501, "Nguyễn Văn An", "Nghỉ phép năm bao nhiêu ngày?");

    SentMessage reply = api.awaitMessages(501, 1, WAIT).get(0);
    assertThat(reply.text()).isEqualTo("Bạn viết: Nghỉ phép năm bao nhiêu ngày?");
    assertThat(reply.entityTexts("bold")).containsExactly("Nghỉ phép năm bao nhiêu ngày?");
    assertThat(reply.buttonData()).containsExactly(EchoChat.AGAIN);
    assertThat(fixture.chat.received())
        .containsExactly(
            IncomingMessage.text(
                new ChatUser(Channel.TELEGRAM, "501", "501", "Nguyễn Văn An"),
                "Nghỉ phép năm bao nhiêu ngày?"));
  }

  @Test
  void start_checks_the_token_registers_the_chat_cores_menu_and_deletes_any_webhook() {
    TelegramBot bot = fixture.startPolling();

    assertThat(bot.username()).isEqualTo(api.botUsername());
    assertThat(bot.webhookRoute()).isEmpty();
    assertThat(api.requests("getMe")).hasSize(1);
    assertThat(api.requests("deleteWebhook")).hasSize(1);
    assertThat(api.commands())
        .extracting(FakeBotApi.Command::command)
        .containsExactly("hoi", "dunglai");
    assertThat(api.commands())
        .extracting(FakeBotApi.Command::description)
        .containsExactly("Hỏi về chính sách, quyền lợi", "Dừng nhận tin chiến dịch");
    assertThat(
            api.awaitRequests("getUpdates", 1, WAIT)
                .get(0)
                .params()
                .get("allowed_updates")
                .toString())
        .isEqualTo("[\"message\",\"callback_query\"]");
  }

  @Test
  void a_button_press_edits_the_pressed_message_and_answers_with_the_notice() {
    fixture.startPolling();
    api.userSends(502, 502, "Lan", "xin chào");
    SentMessage first = api.awaitMessages(502, 1, WAIT).get(0);

    api.userPresses(502, 502, first.messageId(), EchoChat.AGAIN);

    SentMessage edited = api.awaitEdit(502, first.messageId(), WAIT);
    assertThat(edited.text()).isEqualTo("Đã bấm: again");
    assertThat(edited.entityTexts("italic")).containsExactly("again");
    assertThat(edited.keyboard())
        .containsExactly(List.of(new SentMessage.SentButton("Bấm lại", EchoChat.AGAIN)));
    assertThat(api.awaitCallbackAnswers(1, WAIT))
        .extracting(FakeBotApi.CallbackAnswer::text)
        .containsExactly(EchoChat.NOTICE);
    assertThat(api.messagesIn(502)).hasSize(1);
    assertThat(fixture.chat.received().get(1).buttonData()).isEqualTo(EchoChat.AGAIN);
  }

  @Test
  void a_press_answered_with_new_messages_sends_them_and_still_answers_the_press() {
    fixture.startPolling();
    api.userSends(503, 503, "Lan", "hỏi");
    SentMessage first = api.awaitMessages(503, 1, WAIT).get(0);
    fixture.chat.answerWith(message -> ChatResponse.text("Tin mới"));

    api.userPresses(503, 503, first.messageId(), EchoChat.AGAIN);

    assertThat(api.awaitMessages(503, 2, WAIT).get(1).text()).isEqualTo("Tin mới");
    assertThat(api.awaitCallbackAnswers(1, WAIT).get(0).text()).isNull();
    assertThat(api.messagesIn(503).get(0).edits()).isZero();
  }

  @Test
  void html_special_characters_arrive_escaped_and_read_as_written() {
    fixture.startPolling();

    api.userSends(504, 504, "Bình", "<b>lương</b> & \"thưởng\" > 5 < 10 &amp;");

    SentMessage reply = api.awaitMessages(504, 1, WAIT).get(0);
    assertThat(reply.text()).isEqualTo("Bạn viết: <b>lương</b> & \"thưởng\" > 5 < 10 &amp;");
    assertThat(reply.html())
        .contains("&lt;b&gt;lương&lt;/b&gt; &amp; \"thưởng\" &gt; 5 &lt; 10 &amp;amp;");
  }

  @Test
  void a_long_reply_is_split_into_messages_within_the_limit_with_the_keyboard_on_the_last() {
    fixture.startPolling();
    String paragraph =
        "Người lao động được nghỉ hằng năm & hưởng nguyên lương theo hợp đồng lao động. "
            .repeat(10);
    FormattedText longText =
        FormattedText.builder().bold("Điều 113. ").plain((paragraph + "\n\n").repeat(12)).build();
    fixture.chat.answerWith(
        message ->
            ChatResponse.of(
                Reply.of(longText, List.of(List.of(new Button("Kết quả khác", "more:1"))))));

    api.userSends(505, 505, "Cường", "nghỉ hằng năm");

    List<SentMessage> parts = api.awaitMessages(505, 3, WAIT);
    assertThat(parts).hasSize(3);
    assertThat(parts)
        .allSatisfy(part -> assertThat(part.text().length()).isLessThanOrEqualTo(4096));
    assertThat(parts.get(0).entityTexts("bold")).containsExactly("Điều 113. ");
    assertThat(parts.subList(0, 2)).allSatisfy(part -> assertThat(part.keyboard()).isEmpty());
    assertThat(parts.get(2).buttonData()).containsExactly("more:1");
    assertThat(
            String.join("", parts.stream().map(SentMessage::text).toList()).replaceAll("\\s", ""))
        .isEqualTo(longText.plainText().replaceAll("\\s", ""));
  }

  @Test
  void a_long_replacing_reply_edits_with_the_first_part_and_sends_the_rest() {
    fixture.startPolling();
    api.userSends(506, 506, "Dũng", "hỏi");
    SentMessage first = api.awaitMessages(506, 1, WAIT).get(0);
    FormattedText longText = FormattedText.plain("Toàn văn mục. ".repeat(600));
    fixture.chat.answerWith(
        message ->
            ChatResponse.of(
                Reply.of(longText, List.of(List.of(new Button("Thu gọn", "fold"))))
                    .replacingPressed()));

    api.userPresses(506, 506, first.messageId(), EchoChat.AGAIN);

    List<SentMessage> messages = api.awaitMessages(506, 3, WAIT);
    assertThat(messages.get(0).edits()).isEqualTo(1);
    assertThat(messages.get(0).text()).startsWith("Toàn văn mục.");
    assertThat(messages.get(0).keyboard()).isEmpty();
    assertThat(messages.get(2).buttonData()).containsExactly("fold");
    api.awaitCallbackAnswers(1, WAIT);
  }

  @Test
  void a_command_addressed_to_this_bot_loses_the_address_and_one_for_another_bot_is_ignored() {
    fixture.startPolling();

    api.userSends(-1001, 601, "Em", "/hoi@OtherBot lương");
    api.userSends(-1001, 601, "Em", "/hoi@" + api.botUsername() + " lương tối thiểu");

    api.awaitMessages(-1001, 1, WAIT);
    assertThat(fixture.chat.received())
        .extracting(IncomingMessage::text)
        .containsExactly("/hoi lương tối thiểu");
    assertThat(fixture.chat.received().get(0).from().chatId()).isEqualTo("-1001");
    assertThat(fixture.chat.received().get(0).from().userId()).isEqualTo("601");
  }

  @Test
  void in_a_group_members_talk_is_ignored_and_a_mention_of_the_bot_is_answered() {
    fixture.startPolling();

    api.userSends(-1002, 602, "Em", "chiều nay họp tổ nhé");
    api.userSends(-1002, 602, "Em", "@" + api.botUsername() + " lương tối thiểu vùng 1?");

    api.awaitMessages(-1002, 1, WAIT);
    assertThat(fixture.chat.received())
        .extracting(IncomingMessage::text)
        .containsExactly("lương tối thiểu vùng 1?");
  }

  @Test
  void a_sticker_in_a_private_chat_gets_a_hint_and_an_edited_message_is_ignored() {
    fixture.startPolling();
    api.userSends(507, 507, "Giang", "câu hỏi");
    api.awaitMessages(507, 1, WAIT);

    api.userEdits(507, 507, 1, "câu hỏi đã sửa");
    api.userSendsSticker(507, 507, "Giang");

    SentMessage hint = api.awaitMessages(507, 2, WAIT).get(1);
    assertThat(hint.text()).contains("chỉ đọc được tin nhắn chữ", "/huongdan");
    assertThat(fixture.chat.received())
        .extracting(IncomingMessage::text)
        .containsExactly("câu hỏi");
  }

  @Test
  void one_chats_messages_are_answered_in_order() {
    fixture.startPolling();

    for (int i = 1; i <= 8; i++) {
      api.userSends(508, 508, "Hà", "tin " + i);
    }

    assertThat(api.awaitMessages(508, 8, WAIT))
        .extracting(SentMessage::text)
        .containsExactly(
            "Bạn viết: tin 1",
            "Bạn viết: tin 2",
            "Bạn viết: tin 3",
            "Bạn viết: tin 4",
            "Bạn viết: tin 5",
            "Bạn viết: tin 6",
            "Bạn viết: tin 7",
            "Bạn viết: tin 8");
  }

  @Test
  void a_slow_chat_does_not_hold_up_another_chat() throws Exception {
    fixture.startPolling();
    CountDownLatch otherAnswered = new CountDownLatch(1);
    fixture.chat.answerWith(
        message -> {
          if (message.from().chatId().equals("1")) {
            await(otherAnswered);
          } else {
            otherAnswered.countDown();
          }
          return EchoChat.echo(message);
        });

    api.userSends(1, 1, "Chậm", "chờ");
    api.userSends(2, 2, "Nhanh", "đi trước");

    assertThat(api.awaitMessages(2, 1, WAIT)).hasSize(1);
    assertThat(api.awaitMessages(1, 1, WAIT)).hasSize(1);
  }

  @Test
  void a_failing_chat_core_gets_an_apology_sent_instead() {
    fixture.startPolling();
    fixture.chat.answerWith(
        message -> {
          throw new IllegalStateException("core on fire");
        });

    api.userSends(509, 509, "Khánh", "hỏi");

    assertThat(api.awaitMessages(509, 1, WAIT).get(0).text()).isEqualTo(TelegramUpdates.APOLOGY);
  }

  @Test
  void close_is_idempotent_and_stops_polling() {
    TelegramBot bot = fixture.startPolling();
    api.awaitRequests("getUpdates", 1, WAIT);

    bot.close();
    bot.close();
    int polls = api.requests("getUpdates").size();
    api.userSends(510, 510, "Lâm", "còn ai không?");

    assertThat(api.requests("getUpdates")).hasSize(polls);
    assertThat(api.messagesIn(510)).isEmpty();
    fixture.start(api.pollingSettings());
    assertThat(api.awaitMessages(510, 1, WAIT).get(0).text()).isEqualTo("Bạn viết: còn ai không?");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("chats were handled one after the other");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
