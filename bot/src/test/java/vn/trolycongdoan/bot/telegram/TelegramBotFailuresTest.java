package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.trolycongdoan.bot.telegram.FakeBotApi.WAIT;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.config.TelegramSettings;

/**
 * What the bot does when the Bot API fails, is slow, or refuses: retries, waits, gives up, marks
 * chats blocked.
 */
class TelegramBotFailuresTest {

  private final BotFixture fixture = new BotFixture();
  private final FakeBotApi api = fixture.api;

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void a_429_is_retried_after_the_retry_after_it_asks_for() {
    fixture.startPolling();
    api.failNext("sendMessage", Failure.tooManyRequests(3));

    api.userSends(701, 701, "An", "hỏi");

    assertThat(api.awaitMessages(701, 1, WAIT)).hasSize(1);
    List<RecordedRequest> sends = api.requests("sendMessage");
    assertThat(sends).hasSize(2);
    long waitedMillis = (sends.get(1).nanoTime() - sends.get(0).nanoTime()) / 1_000_000;
    assertThat(waitedMillis).as("3 retry_after seconds of 50 ms").isGreaterThanOrEqualTo(150);
  }

  @Test
  void a_proxys_html_error_page_is_retried_until_the_message_is_delivered() {
    fixture.startPolling();
    api.failNext("sendMessage", Failure.badGateway());

    api.userSends(702, 702, "Bảo", "hỏi");

    assertThat(api.awaitMessages(702, 1, WAIT)).hasSize(1);
    assertThat(api.requests("sendMessage")).hasSize(2);
  }

  @Test
  void a_message_telegram_refuses_for_good_fails_with_the_reason_and_the_next_one_still_goes() {
    fixture.startPolling();
    api.failNext("sendMessage", Failure.error(400, "Bad Request: message is too long"));

    api.userSends(703, 703, "Chi", "một");
    api.userSends(703, 703, "Chi", "hai");

    assertThat(api.awaitMessages(703, 1, WAIT))
        .extracting(SentMessage::text)
        .containsExactly("Bạn viết: hai");
    assertThat(api.requests("sendMessage")).hasSize(2);
    assertThat(fixture.awaitOutboxSettled())
        .containsExactly("FAILED 400 Bad Request: message is too long", "SENT");
  }

  @Test
  void a_chat_that_blocked_the_bot_is_marked_blocked_and_gets_nothing_more_of_that_response()
      throws Exception {
    fixture.startPolling();
    fixture.chat.answerWith(
        message ->
            ChatResponse.of(
                Reply.of(FormattedText.plain("một")), Reply.of(FormattedText.plain("hai"))));
    api.failNext("sendMessage", Failure.botBlocked());

    api.userSends(705, 705, "Em", "hỏi");

    assertThat(fixture.subscribers.awaitMarkedBlocked(1, WAIT)).containsExactly("TELEGRAM:705");
    api.userSends(706, 706, "Phương", "hỏi");
    assertThat(api.awaitMessages(706, 2, WAIT))
        .extracting(SentMessage::text)
        .containsExactly("một", "hai");
    assertThat(api.requests("sendMessage")).hasSize(3);
    assertThat(api.messagesIn(705)).isEmpty();
  }

  @Test
  void a_deactivated_user_and_a_user_who_blocked_the_bot_are_marked_blocked() throws Exception {
    fixture.startPolling();
    api.failNext("sendMessage", Failure.userDeactivated());
    api.userSends(707, 707, "Giao", "hỏi");
    assertThat(fixture.subscribers.awaitMarkedBlocked(1, WAIT)).containsExactly("TELEGRAM:707");

    api.userBlocksBot(708);
    api.userSends(708, 708, "Hải", "hỏi");

    assertThat(fixture.subscribers.awaitMarkedBlocked(2, WAIT))
        .containsExactly("TELEGRAM:707", "TELEGRAM:708");
    assertThat(api.messagesIn(707)).isEmpty();
    assertThat(api.messagesIn(708)).isEmpty();
  }

  @Test
  void replies_beyond_a_chats_rate_limit_are_paced_by_retry_after_and_all_arrive_in_order() {
    api.limitSendsPerChat(1, Duration.ofMillis(40));
    fixture.startPolling();
    fixture.chat.answerWith(
        message ->
            ChatResponse.of(
                Reply.of(FormattedText.plain("một")),
                Reply.of(FormattedText.plain("hai")),
                Reply.of(FormattedText.plain("ba"))));

    api.userSends(715, 715, "Quang", "hỏi");

    assertThat(api.awaitMessages(715, 3, WAIT))
        .extracting(SentMessage::text)
        .containsExactly("một", "hai", "ba");
  }

  @Test
  void a_slow_bot_api_is_waited_for() {
    fixture.startPolling();
    api.failNext("sendMessage", Failure.slow(Duration.ofMillis(300)));

    api.userSends(710, 710, "Khoa", "hỏi");

    assertThat(api.awaitMessages(710, 1, WAIT)).hasSize(1);
    assertThat(api.requests("sendMessage")).hasSize(1);
  }

  @Test
  void an_edit_that_changes_nothing_is_not_an_error() {
    fixture.startPolling();
    api.userSends(711, 711, "Lan", "hỏi");
    int messageId = api.awaitMessages(711, 1, WAIT).get(0).messageId();
    api.userPresses(711, 711, messageId, EchoChat.AGAIN);
    api.awaitEdit(711, messageId, WAIT);

    api.userPresses(711, 711, messageId, EchoChat.AGAIN);
    api.userSends(711, 711, "Lan", "rồi sao?");

    assertThat(api.awaitMessages(711, 2, WAIT).get(1).text()).isEqualTo("Bạn viết: rồi sao?");
    api.awaitCallbackAnswers(2, WAIT);
    assertThat(api.takeRefusals()).singleElement().asString().contains("message is not modified");
  }

  @Test
  void a_message_that_can_no_longer_be_edited_is_sent_anew() {
    fixture.startPolling();
    api.userSends(712, 712, "Minh", "hỏi");
    int messageId = api.awaitMessages(712, 1, WAIT).get(0).messageId();
    api.failNext("editMessageText", Failure.error(400, "Bad Request: message can't be edited"));

    api.userPresses(712, 712, messageId, EchoChat.AGAIN);

    assertThat(api.awaitMessages(712, 2, WAIT).get(1).text()).isEqualTo("Đã bấm: again");
    api.awaitCallbackAnswers(1, WAIT);
  }

  @Test
  void getupdates_failures_are_retried_and_polling_goes_on() {
    api.failNext("getUpdates", Failure.serverError());
    api.failNext("getUpdates", Failure.badGateway());
    fixture.startPolling();

    api.userSends(713, 713, "Nam", "hỏi");

    assertThat(api.awaitMessages(713, 1, WAIT)).hasSize(1);
  }

  @Test
  void a_429_on_getupdates_is_asked_again_after_the_retry_after_it_asks_for() {
    api.failNext("getUpdates", Failure.tooManyRequests(3));
    fixture.startPolling();

    api.userSends(716, 716, "Phúc", "hỏi");

    assertThat(api.awaitMessages(716, 1, WAIT)).hasSize(1);
    List<RecordedRequest> polls = api.requests("getUpdates");
    long waitedMillis = (polls.get(1).nanoTime() - polls.get(0).nanoTime()) / 1_000_000;
    assertThat(waitedMillis).as("3 retry_after seconds of 50 ms").isGreaterThanOrEqualTo(150);
  }

  @Test
  void a_webhook_that_cannot_be_deleted_fails_the_start_and_leaves_nothing_polling() {
    api.failNext("deleteWebhook", Failure.serverError());

    assertThatThrownBy(fixture::startPolling)
        .isInstanceOf(TelegramStartException.class)
        .hasMessage("Telegram refused to delete the webhook: 500 Internal Server Error");
    assertThat(api.requests("getUpdates")).isEmpty();
    assertThat(LongPollingTest.pollingThreads()).isEmpty();
  }

  @Test
  void a_refused_token_fails_the_start_with_a_message_that_does_not_show_it() {
    TelegramSettings wrongToken = new TelegramSettings("42:AAwrong-token", api.url(), null, null);

    assertThatThrownBy(() -> fixture.start(wrongToken))
        .isInstanceOf(TelegramStartException.class)
        .hasMessageContaining("refused the bot token")
        .hasMessageContaining("401")
        .hasMessageNotContaining("AAwrong-token");
    assertThat(api.takeRefusals()).containsExactly("getme: Unauthorized");
  }

  @Test
  void an_unreachable_bot_api_fails_the_start_naming_the_url() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort);

    assertThatThrownBy(() -> fixture.start(new TelegramSettings(api.token(), nowhere, null, null)))
        .isInstanceOf(TelegramStartException.class)
        .hasMessageContaining("Cannot reach the Telegram Bot API at " + nowhere)
        .hasMessageNotContaining(api.token());
  }

  @Test
  void a_refused_command_menu_does_not_stop_the_bot() {
    api.failNext("setMyCommands", Failure.error(400, "Bad Request: BOT_COMMAND_INVALID"));
    fixture.startPolling();

    api.userSends(714, 714, "Oanh", "hỏi");

    assertThat(api.awaitMessages(714, 1, WAIT)).hasSize(1);
  }
}
