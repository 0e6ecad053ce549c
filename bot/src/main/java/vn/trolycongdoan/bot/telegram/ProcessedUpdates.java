package vn.trolycongdoan.bot.telegram;

/** The Telegram updates already taken for processing, remembered across restarts. Thread-safe. */
public interface ProcessedUpdates {

  /**
   * Claims an update for processing.
   *
   * @param botId the bot's numeric id (the token's part before {@code :}); update ids are per bot
   * @return {@code true} the first time an update is claimed, {@code false} on every later call
   * @throws vn.trolycongdoan.bot.store.StoreException if the database fails
   */
  boolean claim(long botId, long updateId);
}
