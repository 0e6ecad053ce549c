package vn.trolycongdoan.bot.chat;

import java.util.List;

/**
 * What the core answers to one {@link IncomingMessage}.
 *
 * @param replies messages to send, in order; empty when the message is ignored (flood control)
 * @param notice a short note for a button press, shown as a toast in Telegram; {@code null} for
 *     none
 */
public record ChatResponse(List<Reply> replies, String notice) {

  public ChatResponse {
    replies = List.copyOf(replies);
  }

  public static ChatResponse of(Reply... replies) {
    return new ChatResponse(List.of(replies), null);
  }

  /** One new message of plain text. */
  public static ChatResponse text(String text) {
    return of(Reply.of(FormattedText.plain(text)));
  }

  public static ChatResponse ignored() {
    return new ChatResponse(List.of(), null);
  }

  public static ChatResponse notice(String notice) {
    return new ChatResponse(List.of(), notice);
  }
}
