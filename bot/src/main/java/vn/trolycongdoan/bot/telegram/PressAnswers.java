package vn.trolycongdoan.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Answers button presses ({@code answerCallbackQuery}) at once, outside the outbox: the answer only
 * stops the button's spinner and shows the notice, Telegram drops the query after a few seconds,
 * and a crash before it loses nothing a member needs, so it is neither stored nor retried. Never
 * throws; a failure is logged. Thread-safe.
 */
final class PressAnswers {

  /** Telegram shows at most this many characters of a button press's notice. */
  static final int MAX_NOTICE_LENGTH = 200;

  private static final Logger log = LoggerFactory.getLogger(PressAnswers.class);

  private final TelegramClient client;
  private final String token;

  PressAnswers(TelegramClient client, String token) {
    this.client = client;
    this.token = token;
  }

  /** Stops the spinner, showing {@code notice} as a toast when it is not {@code null}. */
  void answer(String callbackQueryId, String notice) {
    String text =
        notice == null || notice.length() <= MAX_NOTICE_LENGTH
            ? notice
            : notice.substring(0, MAX_NOTICE_LENGTH - 1) + "…";
    try {
      client.execute(
          AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(text).build());
    } catch (TelegramApiException e) {
      log.info(
          "Telegram did not take the answer to a button press: {}",
          ApiFailure.of(e).describe(token));
    }
  }
}
