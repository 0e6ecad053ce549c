package vn.trolycongdoan.bot.telegram;

import java.time.Clock;
import java.time.Instant;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * {@link ProcessedUpdates} in the {@code processed_updates} table: a claim is one {@code INSERT ...
 * ON CONFLICT DO NOTHING}, so of two threads claiming the same update exactly one wins.
 *
 * <p>The table grows by one row per update. Telegram redelivers an update only until it is
 * confirmed, and keeps unconfirmed ones for at most 24 hours, so rows older than a few days can go:
 * call {@link #pruneOlderThan} now and then (for example at start-up with a week's margin). A
 * pruned update would be processed again if it ever came back. Thread-safe.
 */
public final class SqliteProcessedUpdates implements ProcessedUpdates {

  private final Jdbc jdbc;
  private final Clock clock;

  public SqliteProcessedUpdates(Database database) {
    this(database, Clock.systemUTC());
  }

  SqliteProcessedUpdates(Database database, Clock clock) {
    this.jdbc = database.jdbc();
    this.clock = clock;
  }

  @Override
  public boolean claim(long botId, long updateId) {
    return jdbc.update(
            """
        INSERT INTO processed_updates (bot_id, update_id, processed_at) VALUES (?, ?, ?)
        ON CONFLICT (bot_id, update_id) DO NOTHING""",
            botId,
            updateId,
            clock.instant())
        == 1;
  }

  /**
   * Forgets the updates claimed before {@code cutoff}.
   *
   * @return how many were forgotten
   * @throws vn.trolycongdoan.bot.store.StoreException if the database fails
   */
  public int pruneOlderThan(Instant cutoff) {
    return jdbc.update("DELETE FROM processed_updates WHERE processed_at < ?", cutoff);
  }
}
