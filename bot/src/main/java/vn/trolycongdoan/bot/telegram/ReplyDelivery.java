package vn.trolycongdoan.bot.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.members.SubscriberStore;

/**
 * Shows the core's response in a Telegram chat: answers the button press (with the notice as a
 * toast), then sends each reply as HTML, split into parts Telegram accepts with the keyboard under
 * the last part. The first reply that replaces the pressed message edits it (its first part; the
 * rest follow as new messages). When the chat turns out to have blocked the bot, it is marked
 * blocked and nothing more is sent. Runs on the chat's worker thread.
 */
final class ReplyDelivery {

  private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

  private final TelegramSender sender;
  private final MessageSplitter splitter;
  private final SubscriberStore subscribers;

  ReplyDelivery(TelegramSender sender, MessageSplitter splitter, SubscriberStore subscribers) {
    this.sender = sender;
    this.splitter = splitter;
    this.subscribers = subscribers;
  }

  /**
   * @param press the press this responds to, or {@code null} for a typed message
   */
  void deliver(long chatId, ChatResponse response, ChatUpdate.Press press) {
    if (press != null
        && sender.answerPress(chatId, press.callbackQueryId(), response.notice())
            == SendOutcome.BLOCKED) {
      markBlocked(chatId);
      return;
    }
    Integer editable = press == null ? null : press.messageId();
    for (Reply reply : response.replies()) {
      Integer toEdit = reply.replacesPressed() ? editable : null;
      if (toEdit != null) {
        editable = null;
      }
      if (deliver(chatId, reply, toEdit) == SendOutcome.BLOCKED) {
        markBlocked(chatId);
        return;
      }
    }
  }

  private SendOutcome deliver(long chatId, Reply reply, Integer toEdit) {
    List<FormattedText> parts = splitter.split(reply.text());
    if (parts.isEmpty()) {
      log.warn("Not sending a blank reply to Telegram chat {}", chatId);
      return SendOutcome.DONE;
    }
    for (int i = 0; i < parts.size(); i++) {
      String html = TelegramHtml.render(parts.get(i));
      List<List<Button>> keyboard = i == parts.size() - 1 ? reply.keyboard() : List.of();
      SendOutcome outcome =
          i == 0 && toEdit != null
              ? editOrSend(chatId, toEdit, html, keyboard)
              : sender.send(chatId, html, keyboard);
      if (outcome == SendOutcome.BLOCKED) {
        return outcome;
      }
    }
    return SendOutcome.DONE;
  }

  /**
   * Edits the pressed message; if Telegram will not edit it (too old, deleted), sends the text as a
   * new message.
   */
  private SendOutcome editOrSend(
      long chatId, int messageId, String html, List<List<Button>> keyboard) {
    SendOutcome outcome = sender.edit(chatId, messageId, html, keyboard);
    return outcome == SendOutcome.REJECTED ? sender.send(chatId, html, keyboard) : outcome;
  }

  private void markBlocked(long chatId) {
    subscribers.markBlocked(Channel.TELEGRAM, Long.toString(chatId));
  }
}
