package vn.trolycongdoan.bot.suggestions;

import java.time.Instant;
import java.util.List;
import vn.trolycongdoan.bot.chat.ChatUser;

/**
 * Members' suggestions. Thread-safe; every method throws {@link
 * vn.trolycongdoan.bot.store.StoreException}.
 */
public interface SuggestionStore {

  /**
   * Stores a suggestion, {@link SuggestionStatus#NEW}, and returns it with its id and reference.
   *
   * @param unitCode the unit it belongs to ({@link SenderUnit}), {@code null} for admins only
   */
  Suggestion add(ChatUser from, String unitCode, String text, Instant at);

  /** The newest suggestions first, at most {@code limit}. */
  List<Suggestion> latest(int limit);
}
