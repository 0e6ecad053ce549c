package vn.trolycongdoan.bot.outbox;

import java.time.Duration;

/** How one attempt to send an outbox row ended, as the channel's {@link Transport} reads it. */
public sealed interface Outcome {

  /**
   * Delivered.
   *
   * @param deliveredId the channel's id of the message it delivered (Telegram's {@code message_id},
   *     of the message edited for an edit), for a later edit; {@code null} if none
   */
  record Sent(String deliveredId) implements Outcome {}

  /**
   * The channel asks to send nothing at all for a while (Telegram's 429 {@code retry_after}); the
   * message is tried again after it.
   */
  record Paused(Duration pause, String reason) implements Outcome {}

  /** A passing failure (network, 5xx): tried again with backoff, until the retry time runs out. */
  record Retry(String reason) implements Outcome {}

  /** The chat does not take the bot's messages; nothing more is sent to it. */
  record Blocked(String reason) implements Outcome {}

  /** Refused for good (a 400: chat not found, message too long…); sending again would not help. */
  record Failed(String reason) implements Outcome {}

  static Outcome sent() {
    return new Sent(null);
  }

  static Outcome sent(String deliveredId) {
    return new Sent(deliveredId);
  }
}
