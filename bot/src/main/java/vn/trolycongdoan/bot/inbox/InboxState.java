package vn.trolycongdoan.bot.inbox;

/** Where a stored update stands. Stored by {@link #name()}; never rename a constant. */
public enum InboxState {
  /** Stored, not yet handled: handled by the running service or after the next start. */
  PENDING,
  /** Handled; its replies are in the outbox. */
  HANDLED,
  /** The handler failed on it; the member got an apology instead. */
  FAILED
}
