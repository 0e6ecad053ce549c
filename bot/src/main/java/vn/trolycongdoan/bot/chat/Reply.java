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
 */
public record Reply(FormattedText text, List<List<Button>> keyboard, boolean replacesPressed) {

  public Reply {
    Objects.requireNonNull(text, "text");
    keyboard = keyboard.stream().map(List::copyOf).filter(row -> !row.isEmpty()).toList();
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
    return new Reply(text, keyboard, true);
  }
}
