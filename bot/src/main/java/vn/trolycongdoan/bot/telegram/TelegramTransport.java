package vn.trolycongdoan.bot.telegram;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.outbox.Outcome;
import vn.trolycongdoan.bot.outbox.Priority;
import vn.trolycongdoan.bot.outbox.QueuedMessage;
import vn.trolycongdoan.bot.outbox.Transport;

/**
 * Sends one Telegram outbox row with the TelegramBots client: a {@code sendMessage}, a {@code
 * sendPhoto} or {@code sendDocument} (the file sent again by its {@code file_id}, the text as the
 * caption), or an {@code editMessageText} (an edit Telegram will no longer make is sent as a new
 * message; one that changes nothing counts as sent). A message sent reports its {@code message_id}
 * as {@link Outcome.Sent#deliveredId()}; an edit, the id of the message edited. Reads the failure:
 * 429 pauses the channel for its {@code retry_after}; 403 is a blocked chat; 5xx and network errors
 * are passing; any other 4xx is final. With paid broadcast on, a bulk row's send carries {@code
 * allow_paid_broadcast} (Telegram charges Stars for it); nothing else does. Tries once and never
 * throws. Thread-safe.
 */
final class TelegramTransport implements Transport {

  private static final Logger log = LoggerFactory.getLogger(TelegramTransport.class);

  private final TelegramClient client;
  private final String token;
  private final RetryPolicy retry;
  private final boolean paidBroadcast;

  /**
   * @param retry how long a second of {@code retry_after} lasts
   * @param paidBroadcast whether bulk rows go as paid broadcasts
   */
  TelegramTransport(TelegramClient client, String token, RetryPolicy retry, boolean paidBroadcast) {
    this.client = client;
    this.token = token;
    this.retry = retry;
    this.paidBroadcast = paidBroadcast;
  }

  @Override
  public Outcome send(QueuedMessage row) {
    TelegramMessage message;
    long chatId;
    try {
      message = TelegramMessage.fromJson(row.message().payload());
      chatId = Long.parseLong(row.message().chatId());
    } catch (IllegalArgumentException e) {
      return new Outcome.Failed("unreadable row: " + e.getMessage());
    }
    if (message.editMessageId() != null) {
      String edited = Integer.toString(message.editMessageId());
      Outcome outcome = call(edit(chatId, message), result -> edited);
      if (!(outcome instanceof Outcome.Failed failed)) {
        return outcome;
      }
      if (failed.reason().contains("message is not modified")) {
        return Outcome.sent(edited);
      }
      log.debug(
          "Telegram would not edit message {} ({}), sending it anew",
          message.editMessageId(),
          failed.reason());
    }
    boolean paid = paidBroadcast && row.message().priority() == Priority.BULK;
    if (message.attachment() != null) {
      return sendFile(chatId, message, paid);
    }
    return call(send(chatId, message, paid), sent -> Integer.toString(sent.getMessageId()));
  }

  /**
   * @param deliveredId reads the id of the message delivered from Telegram's answer
   */
  private <T extends Serializable> Outcome call(
      BotApiMethod<T> method, Function<T, String> deliveredId) {
    try {
      return Outcome.sent(deliveredId.apply(client.execute(method)));
    } catch (TelegramApiException e) {
      return outcome(ApiFailure.of(e));
    }
  }

  private Outcome sendFile(long chatId, TelegramMessage message, boolean paid) {
    InputFile file = new InputFile(message.attachment().fileId());
    String caption = message.html().isEmpty() ? null : message.html();
    try {
      Message sent =
          switch (message.attachment().kind()) {
            case PHOTO ->
                client.execute(
                    SendPhoto.builder()
                        .chatId(Long.toString(chatId))
                        .photo(file)
                        .caption(caption)
                        .parseMode(caption == null ? null : ParseMode.HTML)
                        .replyMarkup(markup(message.keyboard()))
                        .allowPaidBroadcast(paid ? Boolean.TRUE : null)
                        .build());
            case DOCUMENT ->
                client.execute(
                    SendDocument.builder()
                        .chatId(Long.toString(chatId))
                        .document(file)
                        .caption(caption)
                        .parseMode(caption == null ? null : ParseMode.HTML)
                        .replyMarkup(markup(message.keyboard()))
                        .allowPaidBroadcast(paid ? Boolean.TRUE : null)
                        .build());
          };
      return Outcome.sent(Integer.toString(sent.getMessageId()));
    } catch (TelegramApiException e) {
      return outcome(ApiFailure.of(e));
    }
  }

  private Outcome outcome(ApiFailure failure) {
    String reason = failure.describe(token);
    if (failure.code() == 429) {
      int seconds = failure.retryAfter() == null ? 1 : Math.max(1, failure.retryAfter());
      return new Outcome.Paused(retry.retryAfter(seconds), reason);
    }
    if (failure.chatUnreachable()) {
      return new Outcome.Blocked(reason);
    }
    if (failure.isTransient() || failure.interrupted()) {
      return new Outcome.Retry(reason);
    }
    return new Outcome.Failed(reason);
  }

  private static SendMessage send(long chatId, TelegramMessage message, boolean paid) {
    return SendMessage.builder()
        .chatId(Long.toString(chatId))
        .text(message.html())
        .parseMode(ParseMode.HTML)
        .replyMarkup(markup(message.keyboard()))
        .allowPaidBroadcast(paid ? Boolean.TRUE : null)
        .build();
  }

  private static EditMessageText edit(long chatId, TelegramMessage message) {
    return EditMessageText.builder()
        .chatId(Long.toString(chatId))
        .messageId(message.editMessageId())
        .text(message.html())
        .parseMode(ParseMode.HTML)
        .replyMarkup(markup(message.keyboard()))
        .build();
  }

  static InlineKeyboardMarkup markup(List<List<Button>> keyboard) {
    if (keyboard.isEmpty()) {
      return null;
    }
    List<InlineKeyboardRow> rows =
        keyboard.stream()
            .map(
                row ->
                    new InlineKeyboardRow(
                        row.stream()
                            .map(
                                button ->
                                    InlineKeyboardButton.builder()
                                        .text(button.label())
                                        .callbackData(button.data())
                                        .build())
                            .toList()))
            .toList();
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }
}
