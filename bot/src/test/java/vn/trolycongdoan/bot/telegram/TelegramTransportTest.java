package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import vn.trolycongdoan.bot.chat.Attachment;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.outbox.Outcome;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.Priority;
import vn.trolycongdoan.bot.outbox.QueuedMessage;

/**
 * Rows with a photo or document sent once each by the real TelegramBots client to the fake Bot API.
 */
class TelegramTransportTest {

  private final FakeBotApi api = FakeBotApi.start();
  private final OkHttpClient http = new OkHttpClient();
  private final OkHttpTelegramClient client =
      new OkHttpTelegramClient(http, api.token(), StartupCalls.telegramUrl(api.url()));

  @AfterEach
  void close() {
    try {
      api.assertExhausted();
    } finally {
      api.close();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void a_document_goes_by_its_file_id_with_the_html_caption_and_the_keyboard() {
    api.openChat(5);
    List<List<Button>> keyboard = List.of(List.of(new Button("Xem", "x:1")));
    TelegramMessage message =
        new TelegramMessage(
            "<b>Kế hoạch</b> Tết Sum vầy",
            keyboard,
            null,
            new Attachment(Attachment.Kind.DOCUMENT, "BQACAgIAAxkBAAIC"));

    Outcome outcome = transport(false).send(row(5, Priority.REPLY, message));

    SentMessage sent = api.messagesIn(5).get(0);
    assertThat(outcome).isEqualTo(Outcome.sent(Integer.toString(sent.messageId())));
    assertThat(sent.media()).isEqualTo(new SentMessage.Media("document", "BQACAgIAAxkBAAIC"));
    assertThat(sent.text()).isEqualTo("Kế hoạch Tết Sum vầy");
    assertThat(sent.entityTexts("bold")).containsExactly("Kế hoạch");
    assertThat(sent.buttonData()).containsExactly("x:1");
  }

  @Test
  void a_bulk_photo_is_a_paid_broadcast_when_that_is_on_and_a_blocked_chat_is_read_as_blocked() {
    api.openChat(6);
    api.openChat(7);
    api.userBlocksBot(7);
    TelegramMessage photo =
        new TelegramMessage("", List.of(), null, new Attachment(Attachment.Kind.PHOTO, "AgAC"));

    assertThat(transport(true).send(row(6, Priority.BULK, photo)))
        .isEqualTo(Outcome.sent(Integer.toString(api.messagesIn(6).get(0).messageId())));
    assertThat(transport(true).send(row(7, Priority.BULK, photo)))
        .isInstanceOf(Outcome.Blocked.class);

    assertThat(api.messagesIn(6).get(0).media()).isEqualTo(new SentMessage.Media("photo", "AgAC"));
    assertThat(api.requests("sendPhoto"))
        .allSatisfy(
            request -> {
              assertThat(request.params().path("allow_paid_broadcast").asText()).isEqualTo("true");
              assertThat(request.params().has("caption")).isFalse();
            });
  }

  private TelegramTransport transport(boolean paid) {
    return new TelegramTransport(client, api.token(), RetryPolicy.DEFAULT, paid);
  }

  private static QueuedMessage row(long chat, Priority priority, TelegramMessage message) {
    return new QueuedMessage(
        1,
        new OutgoingMessage(
            Channel.TELEGRAM, Long.toString(chat), priority, message.toJson(), null),
        1,
        Instant.now());
  }
}
