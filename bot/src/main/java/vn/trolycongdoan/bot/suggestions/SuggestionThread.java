package vn.trolycongdoan.bot.suggestions;

import java.util.List;

/**
 * A kiến nghị with every reply staff sent to it, oldest first.
 *
 * @param entry the kiến nghị
 * @param replies the replies
 */
public record SuggestionThread(InboxEntry entry, List<SuggestionReply> replies) {

  public SuggestionThread {
    replies = List.copyOf(replies);
  }

  /** Whether a reply can reach the member's chat: Telegram can write first, the web chat not. */
  public boolean deliverable() {
    return entry.suggestion().from().channel().pushes();
  }
}
