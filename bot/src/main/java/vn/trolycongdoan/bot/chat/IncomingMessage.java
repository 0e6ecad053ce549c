package vn.trolycongdoan.bot.chat;

import java.util.Objects;

/**
 * A message from a user: either text they typed (with a photo or document whose caption it is, or
 * alone), or the {@link Button#data()} of a button they pressed under one of the bot's messages.
 * Exactly one of {@link #text} and {@link #buttonData} is set; {@link #attachment} only with text,
 * which is then the caption and may be empty.
 */
public record IncomingMessage(
    ChatUser from, String text, String buttonData, Attachment attachment) {

  public IncomingMessage {
    Objects.requireNonNull(from, "from");
    if ((text == null) == (buttonData == null)) {
      throw new IllegalArgumentException("A message has either text or button data");
    }
    if (attachment != null && text == null) {
      throw new IllegalArgumentException("An attachment comes with a caption, not a press");
    }
  }

  public static IncomingMessage text(ChatUser from, String text) {
    return new IncomingMessage(from, text, null, null);
  }

  public static IncomingMessage button(ChatUser from, String data) {
    return new IncomingMessage(from, null, data, null);
  }

  /** A photo or document with its caption ({@code ""} for none). */
  public static IncomingMessage attachment(ChatUser from, Attachment attachment, String caption) {
    return new IncomingMessage(from, caption, null, Objects.requireNonNull(attachment));
  }

  public boolean isButton() {
    return buttonData != null;
  }
}
