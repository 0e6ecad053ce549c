package vn.trolycongdoan.bot.outbox;

/** Where an outgoing message stands. Stored by {@link #name()}; never rename a constant. */
public enum OutboxState {
  /** Waiting for its turn (or for its next attempt). */
  QUEUED,
  /** Handed to the channel; ends in one of the states below. */
  SENDING,
  /** The channel accepted it. */
  SENT,
  /** The channel refused it for good, or it kept failing for longer than the retry time. */
  FAILED,
  /** The chat does not take the bot's messages (blocked, deactivated, removed). */
  BLOCKED,
  /**
   * It was being sent when the process died: it may or may not have arrived, and is not sent again.
   */
  UNKNOWN,
  /** Held back while its broadcast is paused; queued again when the broadcast resumes. */
  PAUSED,
  /** Its broadcast was cancelled before it was sent. */
  CANCELLED
}
