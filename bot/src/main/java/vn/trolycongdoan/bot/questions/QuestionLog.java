package vn.trolycongdoan.bot.questions;

import java.time.Instant;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;

/**
 * Every question members ask, the answers shown for it and the votes on them. Thread-safe; every
 * method throws {@link vn.trolycongdoan.bot.store.StoreException}.
 */
public interface QuestionLog {

  /**
   * Logs a question and, when one was found, its first answer, in one transaction.
   *
   * @param first the answer shown (rank 0), or {@code null} when nothing was found
   * @return the question's id, positive
   */
  long record(ChatUser from, String question, ShownAnswer first, Instant at);

  /** Where a question was asked: the channel and the chat. */
  record AskedIn(Channel channel, String chatId) {

    /** Whether {@code user} writes in that chat, so its buttons are theirs to press. */
    public boolean isChatOf(ChatUser user) {
      return channel == user.channel() && chatId.equals(user.chatId());
    }
  }

  /** Where the question was asked, if it was logged. */
  Optional<AskedIn> askedIn(long questionId);

  /** The question's text, if it was logged. */
  Optional<String> question(long questionId);

  /** Adds another answer shown for a question; a rank shown before is kept as first shown. */
  void recordShown(long questionId, ShownAnswer answer);

  Optional<ShownAnswer> shown(long questionId, int rank);

  /**
   * Stores a vote on a shown answer together with the question and the answer's text; a user's
   * later vote on the same answer replaces the earlier one.
   *
   * @return {@code false} if that answer was never shown (nothing stored)
   */
  boolean vote(long questionId, int rank, ChatUser from, Vote vote, Instant at);
}
