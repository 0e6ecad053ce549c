package vn.trolycongdoan.bot.chat;

import java.util.List;
import java.util.Objects;

/**
 * One message the bot sends back.
 *
 * @param text the message, of any length: adapters split what their channel cannot send at once
 * @param keyboard rows of inline buttons shown under the message (under its last part when split);
 *     may be empty
 * @param replacesPressed when the reply answers a button press: {@code true} to show it in place of
 *     the message that carried the button (Telegram edits that message), {@code false} to send it
 *     as a new message
 * @param attachment a photo or document shown with the text as its caption, {@code null} for none;
 *     a reply with one is always a new message, and its text may be empty
 */
public record Reply(
    FormattedText text,
    List<List<Button>> keyboard,
    boolean replacesPressed,
    Attachment attachment) {

  public Reply {
    Objects.requireNonNull(text, "text");
    keyboard = keyboard.stream().map(List::copyOf).filter(row -> !row.isEmpty()).toList();
  }

  /** A reply without an attachment. */
  public Reply(FormattedText text, List<List<Button>> keyboard, boolean replacesPressed) {
    this(text, keyboard, replacesPressed, null);
  }

  /** A new message without buttons. */
  public static Reply of(FormattedText text) {
    return new Reply(text, List.of(), false);
  }

  /** A new message with buttons. */
  public static Reply of(FormattedText text, List<List<Button>> keyboard) {
    return new Reply(text, keyboard, false);
  }

  /** The same message shown in place of the one whose button was pressed. */
  public Reply replacingPressed() {
    return new Reply(text, keyboard, true, attachment);
  }

  /** The same message with {@code attachment} shown, its text the caption. */
  public Reply withAttachment(Attachment attachment) {
    return new Reply(text, keyboard, replacesPressed, attachment);
  }
}
