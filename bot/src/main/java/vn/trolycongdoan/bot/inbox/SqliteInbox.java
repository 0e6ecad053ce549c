package vn.trolycongdoan.bot.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The {@code inbox} table. Storing an update is one {@code INSERT ... ON CONFLICT DO NOTHING}, so
 * an update delivered twice (same bot id and update id) is stored, and so handled, once; {@link
 * InboxWriter} stores updates taken at the same time in one transaction. {@link #markHandled} runs
 * in the caller's transaction. Thread-safe; every method throws {@link
 * vn.trolycongdoan.bot.store.StoreException} when the database fails.
 *
 * <p>The table grows by one row per update; handled rows older than a few days can go ({@link
 * #pruneHandledBefore}): Telegram keeps an unconfirmed update for at most 24 hours.
 */
public final class SqliteInbox {

  private final Jdbc jdbc;
  private final Clock clock;

  public SqliteInbox(Database database, Clock clock) {
    this.jdbc = database.jdbc();
    this.clock = clock;
  }

  /**
   * Stores an update as pending, in a transaction of its own.
   *
   * @return the stored update, or {@code null} if it was stored before (a duplicate)
   */
  public StoredUpdate store(long botId, long updateId, String chatKey, String payload) {
    return store(jdbc, botId, updateId, chatKey, payload);
  }

  /**
   * Stores an update as pending in the caller's transaction (or on its own with {@link
   * Database#jdbc()}).
   *
   * @return the stored update, or {@code null} if it was stored before, also earlier in the same
   *     transaction (a duplicate)
   */
  StoredUpdate store(Jdbc tx, long botId, long updateId, String chatKey, String payload) {
    Instant now = clock.instant();
    int inserted =
        tx.update(
            """
            INSERT INTO inbox (bot_id, update_id, chat_key, payload, received_at, state)
            VALUES (?, ?, ?, ?, ?, 'PENDING') ON CONFLICT (bot_id, update_id) DO NOTHING""",
            botId,
            updateId,
            chatKey,
            payload,
            now);
    return inserted == 1 ? new StoredUpdate(botId, updateId, chatKey, payload, now) : null;
  }

  /** The bot's pending updates, oldest first. */
  public List<StoredUpdate> pending(long botId) {
    return jdbc.list(
        "SELECT bot_id, update_id, chat_key, payload, received_at FROM inbox"
            + " WHERE state = 'PENDING' AND bot_id = ? ORDER BY update_id",
        SqliteInbox::stored,
        botId);
  }

  /** How many of the bot's updates are pending. */
  public int countPending(long botId) {
    return jdbc.first(
            "SELECT count(*) FROM inbox WHERE state = 'PENDING' AND bot_id = ?",
            row -> row.getInt(1),
            botId)
        .orElse(0);
  }

  /**
   * Marks a pending update handled or failed.
   *
   * @return {@code false} if it was not pending (handled before)
   */
  boolean markHandled(Jdbc tx, StoredUpdate update, InboxState state) {
    return tx.update(
            "UPDATE inbox SET state = ?, handled_at = ?"
                + " WHERE bot_id = ? AND update_id = ? AND state = 'PENDING'",
            state,
            clock.instant(),
            update.botId(),
            update.updateId())
        == 1;
  }

  /**
   * Forgets handled updates received before {@code cutoff}; a forgotten update would be handled
   * again if it ever came back.
   *
   * @return how many were forgotten
   */
  public int pruneHandledBefore(Instant cutoff) {
    return jdbc.update("DELETE FROM inbox WHERE state <> 'PENDING' AND received_at < ?", cutoff);
  }

  private static StoredUpdate stored(ResultSet row) throws SQLException {
    return new StoredUpdate(
        row.getLong("bot_id"),
        row.getLong("update_id"),
        row.getString("chat_key"),
        row.getString("payload"),
        Jdbc.instant(row, "received_at"));
  }
}
