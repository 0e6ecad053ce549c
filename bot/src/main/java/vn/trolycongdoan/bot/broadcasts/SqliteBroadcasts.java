package vn.trolycongdoan.bot.broadcasts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Attachment;
import vn.trolycongdoan.bot.outbox.OutboxState;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The {@code broadcasts} table, and the states of the outbox rows that carry each broadcast ({@code
 * outbox.broadcast_id}). Methods taking a {@link Jdbc} run in the caller's transaction; the others
 * are one statement each. Thread-safe; every method throws {@link
 * vn.trolycongdoan.bot.store.StoreException} when the database fails.
 */
final class SqliteBroadcasts {

  private static final String COLUMNS =
      "id, text, audience_kind, audience_unit, audience_subtree, audience_tag, created_by,"
          + " created_at, send_at, state, recipients, media_kind, media_file_id";

  /** Outbox states of a row not settled yet. */
  private static final String UNSETTLED = "('QUEUED', 'SENDING', 'PAUSED')";

  private final Jdbc jdbc;

  SqliteBroadcasts(Database database) {
    this.jdbc = database.jdbc();
  }

  Jdbc jdbc() {
    return jdbc;
  }

  /**
   * Stores a new broadcast and returns its id.
   *
   * @param progressChat the chat told of its progress, or {@code null}
   */
  long insert(
      Jdbc tx,
      BroadcastRequest request,
      String createdBy,
      Instant createdAt,
      Instant sendAt,
      BroadcastState state,
      int recipients,
      String progressChat) {
    Audience audience = request.audience();
    Attachment attachment = request.attachment();
    return tx.insertReturningId(
        """
        INSERT INTO broadcasts (text, audience_kind, audience_unit, audience_subtree, audience_tag,
          created_by, created_at, send_at, state, recipients, started_at, media_kind,
          media_file_id, progress_chat)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
        request.text(),
        audience.kind(),
        audience.unitCode(),
        audience.subtree(),
        audience.tag(),
        createdBy,
        createdAt,
        sendAt,
        state,
        recipients,
        state == BroadcastState.SENDING ? createdAt : null,
        attachment == null ? null : attachment.kind(),
        attachment == null ? null : attachment.fileId(),
        progressChat);
  }

  Optional<Broadcast> find(Jdbc on, long id) {
    return on.first(
        "SELECT " + COLUMNS + " FROM broadcasts WHERE id = ?", SqliteBroadcasts::broadcast, id);
  }

  /** Every broadcast, newest first. */
  List<Broadcast> all() {
    return jdbc.list(
        "SELECT " + COLUMNS + " FROM broadcasts ORDER BY id DESC", SqliteBroadcasts::broadcast);
  }

  /** The ids of the scheduled broadcasts whose time has come, oldest first. */
  List<Long> due(Instant now) {
    return jdbc.list(
        "SELECT id FROM broadcasts WHERE state = 'SCHEDULED' AND send_at <= ? ORDER BY send_at, id",
        row -> row.getLong(1),
        now);
  }

  /**
   * Moves the broadcast from {@code from} to {@code to}.
   *
   * @return {@code false} if it was not in {@code from} (another thread got there first)
   */
  boolean move(Jdbc tx, long id, BroadcastState from, BroadcastState to, Instant at) {
    return tx.update(
            "UPDATE broadcasts SET state = ?,"
                + " started_at = CASE WHEN ? = 'SENDING' AND started_at IS NULL THEN ? ELSE started_at END,"
                + " finished_at = CASE WHEN ? IN ('CANCELLED', 'DONE') THEN ? ELSE finished_at END"
                + " WHERE id = ? AND state = ?",
            to,
            to,
            at,
            to,
            at,
            id,
            from)
        == 1;
  }

  void setRecipients(Jdbc tx, long id, int recipients) {
    tx.update("UPDATE broadcasts SET recipients = ? WHERE id = ?", recipients, id);
  }

  /** Moves the broadcast's outbox rows in state {@code from} to {@code to}; returns how many. */
  int moveRows(Jdbc tx, long id, OutboxState from, OutboxState to, Instant at) {
    return tx.update(
        "UPDATE outbox SET state = ?,"
            + " finished_at = CASE WHEN ? = 'CANCELLED' THEN ? ELSE finished_at END"
            + " WHERE broadcast_id = ? AND state = ?",
        to,
        to,
        at,
        id,
        from);
  }

  /** Marks done the sending broadcasts with no row left to settle; returns how many. */
  int finishSettled(Instant at) {
    return jdbc.update(
        "UPDATE broadcasts SET state = 'DONE', finished_at = ? WHERE state = 'SENDING'"
            + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.broadcast_id = broadcasts.id"
            + " AND o.state IN "
            + UNSETTLED
            + ")",
        at);
  }

  /** The broadcast's outbox rows by state. */
  Map<OutboxState, Integer> rowStates(long id) {
    Map<OutboxState, Integer> counts = new EnumMap<>(OutboxState.class);
    jdbc.list(
            "SELECT state, count(*) FROM outbox WHERE broadcast_id = ? GROUP BY state",
            row -> Map.entry(OutboxState.valueOf(row.getString(1)), row.getInt(2)),
            id)
        .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    return counts;
  }

  private static Broadcast broadcast(ResultSet row) throws SQLException {
    Audience.Kind kind = Audience.Kind.valueOf(row.getString("audience_kind"));
    return new Broadcast(
        row.getLong("id"),
        row.getString("text"),
        new Audience(
            kind,
            row.getString("audience_unit"),
            row.getBoolean("audience_subtree"),
            row.getString("audience_tag")),
        row.getString("created_by"),
        Jdbc.instant(row, "created_at"),
        Jdbc.instant(row, "send_at"),
        BroadcastState.valueOf(row.getString("state")),
        row.getInt("recipients"),
        attachment(row));
  }

  private static Attachment attachment(ResultSet row) throws SQLException {
    String kind = row.getString("media_kind");
    return kind == null
        ? null
        : new Attachment(Attachment.Kind.valueOf(kind), row.getString("media_file_id"));
  }
}
