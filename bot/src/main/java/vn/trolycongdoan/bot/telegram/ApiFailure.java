package vn.trolycongdoan.bot.telegram;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Why a Bot API call failed, read from the TelegramBots exception.
 *
 * @param code Telegram's {@code error_code} (400, 403, 429, 5xx…), {@link #NETWORK} when no answer
 *     was read (network error, timeout, a body that is not the Bot API's JSON), {@link #INVALID}
 *     when the client refused the call
 * @param description Telegram's description or the exception's message, never {@code null}
 * @param retryAfter the {@code retry_after} seconds of a 429, or {@code null}
 * @param interrupted whether the calling thread was interrupted while waiting for the answer
 */
record ApiFailure(int code, String description, Integer retryAfter, boolean interrupted) {

  static final int NETWORK = 0;
  static final int INVALID = -1;

  static ApiFailure of(TelegramApiException e) {
    if (e instanceof TelegramApiRequestException request
        && request.getErrorCode() != null
        && request.getErrorCode() > 0) {
      Integer retryAfter =
          request.getParameters() == null ? null : request.getParameters().getRetryAfter();
      String description = request.getApiResponse() == null ? "" : request.getApiResponse();
      return new ApiFailure(request.getErrorCode(), description, retryAfter, false);
    }
    if (e instanceof TelegramApiValidationException) {
      return new ApiFailure(INVALID, String.valueOf(e.getMessage()), null, false);
    }
    Throwable cause = e.getCause();
    String description =
        cause == null
            ? String.valueOf(e.getMessage())
            : e.getMessage() + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return new ApiFailure(NETWORK, description, null, cause instanceof InterruptedException);
  }

  /** Whether trying the same call again later may succeed. */
  boolean isTransient() {
    return code == NETWORK || code == 429 || code >= 500;
  }

  /**
   * Telegram's 403: the user blocked the bot, deleted their account, or removed the bot from the
   * group.
   */
  boolean chatUnreachable() {
    return code == 403;
  }

  /**
   * An edit that would change nothing; Telegram refuses it, but the message already shows what we
   * want.
   */
  boolean notModified() {
    return code == 400 && description.contains("message is not modified");
  }

  /** For logs, with the token (if a message ever carried it) taken out. */
  String describe(String token) {
    String text = (code > 0 ? code + " " : "") + description;
    return token == null || token.isEmpty() ? text : text.replace(token, "<token>");
  }
}
