package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.telegram.FakeBotApi.WAIT;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.chat.IncomingMessage;

/**
 * Each update is handled once, whether Telegram sends it twice in one batch or again after a
 * restart.
 */
class TelegramBotDuplicatesTest {

  private final BotFixture fixture = new BotFixture();
  private final FakeBotApi api = fixture.api;

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void the_same_update_twice_in_one_batch_is_handled_once() {
    fixture.startPolling();
    int first = api.userSends(801, 801, "An", "một");
    api.awaitMessages(801, 1, WAIT);
    String twice = api.textUpdate(801, 801, "An", "hai");

    api.queueRawUpdate(twice, twice, api.textUpdate(801, 801, "An", "ba"));

    assertThat(api.awaitMessages(801, 3, WAIT))
        .extracting(SentMessage::text)
        .containsExactly("Bạn viết: một", "Bạn viết: hai", "Bạn viết: ba");
    assertThat(fixture.chat.received())
        .extracting(IncomingMessage::text)
        .containsExactly("một", "hai", "ba");
    assertThat(fixture.inbox())
        .containsExactly(first + " HANDLED", (first + 1) + " HANDLED", (first + 2) + " HANDLED");
  }

  @Test
  void an_update_delivered_again_after_a_restart_is_not_handled_again() {
    TelegramBot firstRun = fixture.startPolling();
    int pressId;
    int update = api.userSends(802, 802, "Bình", "trước khi khởi động lại");
    int messageId = api.awaitMessages(802, 1, WAIT).get(0).messageId();
    pressId = api.userPresses(802, 802, messageId, EchoChat.AGAIN);
    api.awaitCallbackAnswers(1, WAIT);
    firstRun.close();

    fixture.startPolling();
    api.queueRawUpdate(api.updateJson(update), api.updateJson(pressId));
    api.userSends(802, 802, "Bình", "sau khi khởi động lại");

    assertThat(api.awaitMessages(802, 2, WAIT).get(1).text())
        .isEqualTo("Bạn viết: sau khi khởi động lại");
    assertThat(fixture.chat.received())
        .extracting(message -> message.isButton() ? "[nút]" : message.text())
        .containsExactly("trước khi khởi động lại", "[nút]", "sau khi khởi động lại");
    assertThat(api.callbackAnswers()).hasSize(1);
  }
}
