package vn.trolycongdoan.bot.chat;

import java.util.Objects;

/**
 * A message from a user: either text they typed, or the {@link Button#data()} of a button they
 * pressed under one of the bot's messages. Exactly one of {@link #text} and {@link #buttonData} is
 * set.
 */
public record IncomingMessage(ChatUser from, String text, String buttonData) {

  public IncomingMessage {
    Objects.requireNonNull(from, "from");
    if ((text == null) == (buttonData == null)) {
      throw new IllegalArgumentException("A message has either text or button data");
    }
  }

  public static IncomingMessage text(ChatUser from, String text) {
    return new IncomingMessage(from, text, null);
  }

  public static IncomingMessage button(ChatUser from, String data) {
    return new IncomingMessage(from, null, data);
  }

  public boolean isButton() {
    return buttonData != null;
  }
}
