package vn.trolycongdoan.bot.telegram;

/** How one Bot API call to a chat ended, after any retries. */
enum SendOutcome {
  /** Telegram accepted it. */
  DONE,
  /** An edit that changed nothing; the message already reads as wanted. */
  NOT_MODIFIED,
  /**
   * The chat does not accept the bot's messages (403): blocked, deactivated or removed from the
   * group.
   */
  BLOCKED,
  /** Telegram refused this call for good (another 4xx); sending it again would not help. */
  REJECTED,
  /** It kept failing (5xx, 429, network) until the retries ran out, or the adapter is stopping. */
  FAILED
}
