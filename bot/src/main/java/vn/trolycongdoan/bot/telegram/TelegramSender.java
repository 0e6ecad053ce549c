package vn.trolycongdoan.bot.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.trolycongdoan.bot.chat.Button;

/**
 * Sends to one chat through the Bot API and handles what can go wrong: waits out a 429's {@code
 * retry_after}, retries 5xx and network errors with backoff, reports a 403 as {@link
 * SendOutcome#BLOCKED}. Never throws. Blocks the calling thread while it waits, so call it from the
 * chat's worker, never from a web or polling thread.
 */
final class TelegramSender {

  /** Telegram shows at most this many characters of a button press's notice. */
  static final int MAX_NOTICE_LENGTH = 200;

  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

  private final TelegramClient client;
  private final RetryPolicy retry;
  private final String token;

  TelegramSender(TelegramClient client, RetryPolicy retry, String token) {
    this.client = client;
    this.retry = retry;
    this.token = token;
  }

  /** Sends an HTML message; {@code keyboard} may be empty. */
  SendOutcome send(long chatId, String html, List<List<Button>> keyboard) {
    return execute(
        SendMessage.builder()
            .chatId(Long.toString(chatId))
            .text(html)
            .parseMode(ParseMode.HTML)
            .replyMarkup(markup(keyboard))
            .build(),
        chatId);
  }

  /** Replaces a message's text and keyboard; an empty {@code keyboard} removes the old one. */
  SendOutcome edit(long chatId, int messageId, String html, List<List<Button>> keyboard) {
    return execute(
        EditMessageText.builder()
            .chatId(Long.toString(chatId))
            .messageId(messageId)
            .text(html)
            .parseMode(ParseMode.HTML)
            .replyMarkup(markup(keyboard))
            .build(),
        chatId);
  }

  /**
   * Stops the button's loading spinner, showing {@code notice} as a toast when it is not {@code
   * null}.
   */
  SendOutcome answerPress(long chatId, String callbackQueryId, String notice) {
    String text =
        notice == null || notice.length() <= MAX_NOTICE_LENGTH
            ? notice
            : notice.substring(0, MAX_NOTICE_LENGTH - 1) + "…";
    return execute(
        AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(text).build(), chatId);
  }

  private <T extends Serializable> SendOutcome execute(BotApiMethod<T> method, long chatId) {
    for (int attempt = 1; ; attempt++) {
      try {
        client.execute(method);
        return SendOutcome.DONE;
      } catch (TelegramApiException e) {
        ApiFailure failure = ApiFailure.of(e);
        if (failure.interrupted()) {
          Thread.currentThread().interrupt();
          return SendOutcome.FAILED;
        }
        SendOutcome outcome = settle(method.getMethod(), chatId, failure, attempt);
        if (outcome != null) {
          return outcome;
        }
      }
    }
  }

  /**
   * The outcome of a failed attempt, or {@code null} after waiting when the call should be tried
   * again.
   */
  private SendOutcome settle(String method, long chatId, ApiFailure failure, int attempt) {
    String reason = failure.describe(token);
    if (failure.chatUnreachable()) {
      log.info(
          "Telegram chat {} does not accept messages ({}), marking it blocked", chatId, reason);
      return SendOutcome.BLOCKED;
    }
    if (failure.notModified()) {
      return SendOutcome.NOT_MODIFIED;
    }
    if (!failure.isTransient()) {
      log.warn("Telegram refused {} to chat {}: {}", method, chatId, reason);
      return SendOutcome.REJECTED;
    }
    if (attempt >= retry.attempts()) {
      log.warn(
          "Telegram {} to chat {} failed {} times, giving up: {}", method, chatId, attempt, reason);
      return SendOutcome.FAILED;
    }
    Duration wait;
    if (failure.code() == 429) {
      int seconds = failure.retryAfter() == null ? 1 : failure.retryAfter();
      if (seconds > retry.maxRetryAfterSeconds()) {
        log.warn(
            "Telegram {} to chat {}: asked to wait {} s, more than {} s, giving up",
            method,
            chatId,
            seconds,
            retry.maxRetryAfterSeconds());
        return SendOutcome.FAILED;
      }
      wait = retry.retryAfter(seconds);
    } else {
      wait = retry.backoff(attempt);
    }
    log.info(
        "Telegram {} to chat {} failed ({}), retrying in {} ms (attempt {} of {})",
        method,
        chatId,
        reason,
        wait.toMillis(),
        attempt + 1,
        retry.attempts());
    return sleep(wait) ? null : SendOutcome.FAILED;
  }

  private static boolean sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static InlineKeyboardMarkup markup(List<List<Button>> keyboard) {
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
