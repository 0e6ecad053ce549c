package vn.trolycongdoan.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.Priority;

/**
 * Turns the core's response into the Telegram messages that show it, as outbox rows: each reply as
 * HTML, split into parts Telegram accepts with the keyboard under the last part; the first reply
 * that replaces the pressed message edits it (its first part; the rest follow as new messages).
 * Pure and thread-safe.
 */
final class TelegramReplies {

  private static final Logger log = LoggerFactory.getLogger(TelegramReplies.class);

  private final MessageSplitter splitter = new MessageSplitter();

  /**
   * @param pressedMessageId the message whose button was pressed, or {@code null} for a typed one
   * @param replyTo the update answered, {@code botId:updateId}
   */
  List<OutgoingMessage> messages(
      long chatId, ChatResponse response, Integer pressedMessageId, String replyTo) {
    List<OutgoingMessage> messages = new ArrayList<>();
    Integer editable = pressedMessageId;
    for (Reply reply : response.replies()) {
      Integer toEdit = reply.replacesPressed() ? editable : null;
      if (toEdit != null) {
        editable = null;
      }
      List<FormattedText> parts = splitter.split(reply.text());
      if (parts.isEmpty()) {
        log.warn("Not sending a blank reply to Telegram chat {}", chatId);
        continue;
      }
      for (int i = 0; i < parts.size(); i++) {
        List<List<Button>> keyboard = i == parts.size() - 1 ? reply.keyboard() : List.of();
        TelegramMessage message =
            new TelegramMessage(
                TelegramHtml.render(parts.get(i)), keyboard, i == 0 ? toEdit : null);
        messages.add(
            new OutgoingMessage(
                Channel.TELEGRAM,
                Long.toString(chatId),
                Priority.REPLY,
                message.toJson(),
                replyTo));
      }
    }
    return messages;
  }
}
