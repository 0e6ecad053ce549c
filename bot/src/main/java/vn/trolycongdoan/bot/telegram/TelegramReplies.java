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
 * that replaces the pressed message edits it (its first part; the rest follow as new messages). A
 * reply with a photo or document is a new message with its text as the caption, or, if the text is
 * longer than a caption may be, the file alone followed by the text. {@link #pushed} does the same
 * for a message no update asked for, such as a reminder. Pure and thread-safe.
 */
public final class TelegramReplies {

  private static final Logger log = LoggerFactory.getLogger(TelegramReplies.class);

  /** Telegram's limit for a photo's or document's caption, in characters after parsing. */
  static final int MAX_CAPTION_CHARS = 1024;

  private final MessageSplitter splitter = new MessageSplitter();

  /**
   * The rows that show {@code reply} as new messages in the chat, with {@code priority}: for what
   * the bot sends on its own (a reminder, a broadcast), not in answer to an update.
   */
  public List<OutgoingMessage> pushed(String chatId, Reply reply, Priority priority) {
    return parts(chatId, reply, null, priority, null);
  }

  /**
   * The row that shows {@code reply} in place of the bot's message {@code messageId} (as an outbox
   * row's {@link vn.trolycongdoan.bot.outbox.Outcome.Sent#deliveredId()} named it), with {@code
   * priority}; if Telegram will no longer edit it, it is sent as a new message. Only the first part
   * Telegram accepts as one message is kept: an edit replaces one message.
   *
   * @throws IllegalArgumentException if {@code messageId} is not a Telegram message id, or {@code
   *     reply} is blank
   */
  public OutgoingMessage edit(String chatId, String messageId, Reply reply, Priority priority) {
    List<FormattedText> parts = splitter.split(reply.text());
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("A blank edit for Telegram chat " + chatId);
    }
    TelegramMessage message =
        new TelegramMessage(
            TelegramHtml.render(parts.get(0)), reply.keyboard(), Integer.valueOf(messageId));
    return new OutgoingMessage(Channel.TELEGRAM, chatId, priority, message.toJson(), null);
  }

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
      messages.addAll(parts(Long.toString(chatId), reply, toEdit, Priority.REPLY, replyTo));
    }
    return messages;
  }

  private List<OutgoingMessage> parts(
      String chatId, Reply reply, Integer toEdit, Priority priority, String replyTo) {
    if (reply.attachment() != null) {
      return withAttachment(chatId, reply, priority, replyTo);
    }
    List<FormattedText> parts = splitter.split(reply.text());
    if (parts.isEmpty()) {
      log.warn("Not sending a blank reply to Telegram chat {}", chatId);
      return List.of();
    }
    List<OutgoingMessage> messages = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      List<List<Button>> keyboard = i == parts.size() - 1 ? reply.keyboard() : List.of();
      TelegramMessage message =
          new TelegramMessage(TelegramHtml.render(parts.get(i)), keyboard, i == 0 ? toEdit : null);
      messages.add(
          new OutgoingMessage(Channel.TELEGRAM, chatId, priority, message.toJson(), replyTo));
    }
    return messages;
  }

  private List<OutgoingMessage> withAttachment(
      String chatId, Reply reply, Priority priority, String replyTo) {
    boolean fits = reply.text().length() <= MAX_CAPTION_CHARS;
    List<List<Button>> keyboard = fits ? reply.keyboard() : List.of();
    String caption = fits ? TelegramHtml.render(reply.text()) : "";
    TelegramMessage file = new TelegramMessage(caption, keyboard, null, reply.attachment());
    List<OutgoingMessage> messages = new ArrayList<>();
    messages.add(new OutgoingMessage(Channel.TELEGRAM, chatId, priority, file.toJson(), replyTo));
    if (!fits) {
      messages.addAll(
          parts(chatId, new Reply(reply.text(), reply.keyboard(), false), null, priority, replyTo));
    }
    return messages;
  }
}
