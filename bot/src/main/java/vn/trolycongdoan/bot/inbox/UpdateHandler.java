package vn.trolycongdoan.bot.inbox;

import java.util.List;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;

/**
 * What a channel does with one stored update. {@link #handle} runs on the update's chat worker in
 * the unit of work that then enqueues its messages and marks the update handled (see {@link
 * InboxDispatcher}): what it stores through the stores (questions, suggestions…) commits with them
 * or not at all. It must not send anything itself, nor wait for another thread's writes (the unit
 * holds the write lock from its first write on).
 */
public interface UpdateHandler {

  /** The update's effect: messages to enqueue, and what to do once they are committed. */
  record Handling(List<OutgoingMessage> messages, Runnable afterCommit) {

    public static Handling of(List<OutgoingMessage> messages) {
      return new Handling(messages, () -> {});
    }
  }

  /**
   * Handles the update.
   *
   * @throws RuntimeException if it cannot; {@link #failed} is asked next
   */
  Handling handle(StoredUpdate update);

  /**
   * What to enqueue instead when {@link #handle} threw (an apology), in a transaction of its own.
   */
  Handling failed(StoredUpdate update, RuntimeException failure);
}
