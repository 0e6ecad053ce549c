package vn.trolycongdoan.bot.telegram;

/**
 * The bot could not start: Telegram refused the token or the webhook, or could not be reached. The
 * message says which, in English, for the log; it never contains the token. Nothing of the bot
 * keeps running.
 */
public final class TelegramStartException extends RuntimeException {

  TelegramStartException(String message) {
    super(message);
  }
}
