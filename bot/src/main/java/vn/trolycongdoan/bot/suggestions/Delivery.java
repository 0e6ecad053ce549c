package vn.trolycongdoan.bot.suggestions;

import java.util.Locale;

/**
 * How a staff reply to a kiến nghị reached the member. The first six are its outbox row's states;
 * stored as {@link #name()} ({@link #QUEUED} or {@link #UNDELIVERABLE}), never rename a constant.
 */
public enum Delivery {
  /** Waiting in the outbox for its turn. */
  QUEUED,
  /** Being handed to Telegram. */
  SENDING,
  /** Telegram accepted it: the member has it. */
  SENT,
  /** Telegram refused it for good, or kept failing. */
  FAILED,
  /** The member blocked the bot or left the chat. */
  BLOCKED,
  /** It was being sent when the service stopped: it may or may not have arrived. */
  UNKNOWN,
  /** The kiến nghị came from a chat the service cannot write to first (the web chat). */
  UNDELIVERABLE,
  /** Its outbox row has ended and been pruned: how it went is no longer known. */
  EXPIRED;

  /** As the API writes it, e.g. {@code sent}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
