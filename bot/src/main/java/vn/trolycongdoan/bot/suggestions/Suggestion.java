package vn.trolycongdoan.bot.suggestions;

import java.time.Instant;
import vn.trolycongdoan.bot.chat.ChatUser;

/**
 * A stored suggestion.
 *
 * @param id the store's id, positive
 * @param reference the number given to the member, e.g. {@code KN-000042}
 * @param from who sent it
 * @param text what they wrote
 * @param receivedAt when it arrived
 */
public record Suggestion(
    long id, String reference, ChatUser from, String text, Instant receivedAt) {

  /** The reference for an id: {@code KN-} and the id in at least six digits. */
  public static String reference(long id) {
    return String.format("KN-%06d", id);
  }
}
