package vn.trolycongdoan.bot.telegram;

import vn.trolycongdoan.bot.chat.IncomingMessage;

/**
 * What the adapter makes of one Telegram update.
 *
 * @param chatId the Telegram chat it came from
 * @param message what goes to the chat core, or {@code null} when the update carries nothing the
 *     core reads: a sticker or other message without text, photo or document in a private chat (the
 *     adapter answers that only text is understood), or a press without data
 * @param press the button press, or {@code null} for a typed message
 */
record ChatUpdate(long chatId, IncomingMessage message, Press press) {

  /**
   * A button press: Telegram waits for an answer to the callback query, and the pressed message may
   * be edited.
   *
   * @param callbackQueryId the id to answer
   * @param messageId the message that carried the button
   */
  record Press(String callbackQueryId, int messageId) {}
}
