package vn.trolycongdoan.bot.telegram;

/**
 * Knobs of the adapter that tests turn: retry waits, the long-poll timeout, the number of chat
 * workers.
 *
 * @param retry how Bot API calls are retried
 * @param pollSeconds how long one {@code getUpdates} waits for updates at Telegram
 * @param chatThreads how many chats are answered at the same time
 */
record Tuning(RetryPolicy retry, int pollSeconds, int chatThreads) {

  static final Tuning DEFAULT = new Tuning(RetryPolicy.DEFAULT, 50, 4);
}
