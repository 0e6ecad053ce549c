package vn.trolycongdoan.bot.broadcasts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import vn.trolycongdoan.bot.outbox.OutboxState;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The progress columns of {@code broadcasts} ({@code progress_chat}, {@code progress_row}, {@code
 * progress_at}, {@code summarized_at}) and the outbox row of each broadcast's latest progress
 * message. Methods taking a {@link Jdbc} run in the caller's transaction. Thread-safe; every method
 * throws {@link vn.trolycongdoan.bot.store.StoreException} when the database fails.
 */
final class SqliteProgress {

  /**
   * A started broadcast someone hears about and whose summary is not queued yet.
   *
   * @param id the broadcast
   * @param state where it stands
   * @param recipients how many chats it was queued for
   * @param chat the chat told of its progress
   * @param startedAt when sending started
   * @param finishedAt when it was done or cancelled; {@code null} before
   * @param progressRow the outbox row of its latest progress message; {@code null} before the first
   * @param progressAt when that row was queued; {@code null} before the first
   * @param rowState that row's state; {@code null} without one, or once pruned
   * @param deliveredId the id of the message that row delivered; {@code null} until sent
   */
  record Watched(
      long id,
      BroadcastState state,
      int recipients,
      String chat,
      Instant startedAt,
      Instant finishedAt,
      Long progressRow,
      Instant progressAt,
      OutboxState rowState,
      String deliveredId) {}

  private final Jdbc jdbc;

  SqliteProgress(Database database) {
    this.jdbc = database.jdbc();
  }

  Jdbc jdbc() {
    return jdbc;
  }

  /** The started broadcasts with a progress chat and no summary yet, oldest first. */
  List<Watched> watched() {
    return jdbc.list(
        """
        SELECT b.id, b.state, b.recipients, b.progress_chat, b.started_at, b.finished_at,
          b.progress_row, b.progress_at, o.state AS row_state, o.delivered_id
        FROM broadcasts b LEFT JOIN outbox o ON o.id = b.progress_row
        WHERE b.progress_chat IS NOT NULL AND b.summarized_at IS NULL
          AND b.started_at IS NOT NULL
        ORDER BY b.id""",
        SqliteProgress::watched);
  }

  /** Records the outbox row of the broadcast's latest progress message, queued at {@code at}. */
  void noteProgress(Jdbc tx, long id, long row, Instant at) {
    tx.update("UPDATE broadcasts SET progress_row = ?, progress_at = ? WHERE id = ?", row, at, id);
  }

  /**
   * Records that the broadcast's summary was queued.
   *
   * @return {@code false} if it already was (another run got there first)
   */
  boolean noteSummarized(Jdbc tx, long id, Instant at) {
    return tx.update(
            "UPDATE broadcasts SET summarized_at = ? WHERE id = ? AND summarized_at IS NULL",
            at,
            id)
        == 1;
  }

  private static Watched watched(ResultSet row) throws SQLException {
    long progressRow = row.getLong("progress_row");
    boolean hasRow = !row.wasNull();
    String rowState = row.getString("row_state");
    return new Watched(
        row.getLong("id"),
        BroadcastState.valueOf(row.getString("state")),
        row.getInt("recipients"),
        row.getString("progress_chat"),
        instant(row, "started_at"),
        instant(row, "finished_at"),
        hasRow ? progressRow : null,
        instant(row, "progress_at"),
        rowState == null ? null : OutboxState.valueOf(rowState),
        row.getString("delivered_id"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
