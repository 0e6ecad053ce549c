package vn.trolycongdoan.bot.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The {@code outbox} table. {@link #enqueue(Jdbc, List)} runs in the caller's transaction, so that
 * an update's replies are stored together with its handling. One chat's messages of one priority go
 * out in the order enqueued: a row is due only when no earlier row of the same chat and priority is
 * still queued or being sent. Thread-safe; every method throws {@link
 * vn.trolycongdoan.bot.store.StoreException} when the database fails.
 */
public final class SqliteOutbox {

  private static final String COLUMNS =
      "id, channel, chat_id, priority, payload, reply_to, attempts, created_at";

  private static final String INSERT =
      """
      INSERT INTO outbox (channel, chat_id, priority, payload, reply_to, state, attempts,
        interrupted, created_at, next_attempt_at, broadcast_id)
      VALUES (?, ?, ?, ?, ?, 'QUEUED', 0, 0, ?, ?, ?)""";

  private final Jdbc jdbc;
  private final Clock clock;

  public SqliteOutbox(Database database, Clock clock) {
    this.jdbc = database.jdbc();
    this.clock = clock;
  }

  /** Stores the messages, queued for sending now, in the order given, in one transaction. */
  public void enqueue(List<OutgoingMessage> messages) {
    jdbc.inTransaction(
        tx -> {
          enqueue(tx, messages);
          return null;
        });
  }

  /** Stores the messages as {@link #enqueue(List)} does, in the transaction {@code tx}. */
  public void enqueue(Jdbc tx, List<OutgoingMessage> messages) {
    enqueue(tx, messages, null);
  }

  /**
   * Stores the messages as {@link #enqueue(Jdbc, List)} does, as rows of the broadcast {@code
   * broadcastId} (the {@code broadcast_id} column; {@code null} for none).
   */
  public void enqueue(Jdbc tx, List<OutgoingMessage> messages, Long broadcastId) {
    Instant now = clock.instant();
    for (OutgoingMessage message : messages) {
      tx.update(
          INSERT,
          message.channel(),
          message.chatId(),
          message.priority().rank(),
          message.payload(),
          message.replyTo(),
          now,
          now,
          broadcastId);
    }
  }

  /**
   * Stores one message as {@link #enqueue(Jdbc, List)} does and returns its row's id, for a feature
   * that later needs what became of it (such as the id of the message it delivered, to edit it).
   */
  public long enqueueReturningId(Jdbc tx, OutgoingMessage message) {
    Instant now = clock.instant();
    return tx.insertReturningId(
        INSERT + " RETURNING id",
        message.channel(),
        message.chatId(),
        message.priority().rank(),
        message.payload(),
        message.replyTo(),
        now,
        now,
        null);
  }

  /** A due row as the sender first sees it, without its payload. */
  record Due(long id, String chatId, Priority priority) {}

  /** The rows of the channel due at {@code now}, most urgent first, at most {@code limit}. */
  List<Due> due(Channel channel, Instant now, int limit) {
    return jdbc.list(
        """
        SELECT o.id, o.chat_id, o.priority FROM outbox o
        WHERE o.channel = ? AND o.state = 'QUEUED' AND o.next_attempt_at <= ?
        AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.channel = o.channel
          AND p.chat_id = o.chat_id AND p.priority = o.priority AND p.id < o.id
          AND p.state IN ('QUEUED', 'SENDING'))
        ORDER BY o.priority, o.id LIMIT ?""",
        row ->
            new Due(
                row.getLong("id"),
                row.getString("chat_id"),
                Priority.ofRank(row.getInt("priority"))),
        channel,
        now,
        limit);
  }

  /** The whole row, to send it. */
  QueuedMessage load(long id) {
    return jdbc.first("SELECT " + COLUMNS + " FROM outbox WHERE id = ?", SqliteOutbox::queued, id)
        .orElseThrow(() -> new IllegalStateException("No outbox row " + id));
  }

  /** When the channel's next queued row is due, if any. */
  Optional<Instant> nextDue(Channel channel) {
    return jdbc.first(
        "SELECT next_attempt_at FROM outbox WHERE channel = ? AND state = 'QUEUED'"
            + " ORDER BY next_attempt_at LIMIT 1",
        row -> Jdbc.instant(row, "next_attempt_at"),
        channel);
  }

  /**
   * Claims a queued row for sending.
   *
   * @return {@code false} if it is no longer queued
   */
  boolean markSending(long id) {
    return jdbc.update(
            "UPDATE outbox SET state = 'SENDING', attempts = attempts + 1"
                + " WHERE id = ? AND state = 'QUEUED'",
            id)
        == 1;
  }

  /** Marks the row sent, keeping the channel's id of the message it delivered (may be null). */
  void markSent(long id, String deliveredId) {
    jdbc.update(
        "UPDATE outbox SET state = 'SENT', finished_at = ?, last_error = NULL, delivered_id = ?"
            + " WHERE id = ?",
        clock.instant(),
        deliveredId,
        id);
  }

  void markFailed(long id, String reason) {
    finish(jdbc, id, OutboxState.FAILED, reason);
  }

  /** Marks the row blocked, and every row still queued for its chat on its channel. */
  void markBlocked(long id, Channel channel, String chatId, String reason) {
    jdbc.inTransaction(
        tx -> {
          finish(tx, id, OutboxState.BLOCKED, reason);
          tx.update(
              "UPDATE outbox SET state = 'BLOCKED', finished_at = ?, last_error = ?"
                  + " WHERE channel = ? AND chat_id = ? AND state = 'QUEUED'",
              clock.instant(),
              reason,
              channel,
              chatId);
          return null;
        });
  }

  /**
   * Queues the row again for {@code at}, noting why the last attempt failed. A row of a broadcast
   * paused or cancelled while it was being sent is held ({@code PAUSED}) or cancelled instead, in
   * the same statement, so that it is never sent again behind the pause or the cancel.
   */
  void retryAt(long id, Instant at, String reason) {
    jdbc.update(
        """
        UPDATE outbox SET next_attempt_at = ?, last_error = ?,
          state = coalesce((SELECT b.state FROM broadcasts b WHERE b.id = outbox.broadcast_id
            AND b.state IN ('PAUSED', 'CANCELLED')), 'QUEUED'),
          finished_at = CASE WHEN EXISTS (SELECT 1 FROM broadcasts b
            WHERE b.id = outbox.broadcast_id AND b.state = 'CANCELLED') THEN ? END
        WHERE id = ? AND state = 'SENDING'""",
        at,
        reason,
        clock.instant(),
        id);
  }

  /**
   * After a crash: the channel's rows left in {@code SENDING} become {@code UNKNOWN}, except
   * replies, which are queued again (see the README on why).
   *
   * @return how many rows became unknown and how many replies were queued again
   */
  Recovered recoverInterrupted(Channel channel) {
    return jdbc.inTransaction(
        tx -> {
          Instant now = clock.instant();
          int requeued =
              tx.update(
                  "UPDATE outbox SET state = 'QUEUED', interrupted = interrupted + 1,"
                      + " next_attempt_at = ? WHERE channel = ? AND state = 'SENDING'"
                      + " AND priority = ?",
                  now,
                  channel,
                  Priority.REPLY.rank());
          int unknown =
              tx.update(
                  "UPDATE outbox SET state = 'UNKNOWN', interrupted = interrupted + 1,"
                      + " finished_at = ? WHERE channel = ? AND state = 'SENDING'",
                  now,
                  channel);
          return new Recovered(unknown, requeued);
        });
  }

  /** What {@link #recoverInterrupted} found. */
  record Recovered(int unknown, int requeued) {}

  /** How many of the channel's rows are in each state. */
  public Map<OutboxState, Integer> counts(Channel channel) {
    Map<OutboxState, Integer> counts = new EnumMap<>(OutboxState.class);
    jdbc.list(
            "SELECT state, count(*) FROM outbox WHERE channel = ? GROUP BY state",
            row -> Map.entry(OutboxState.valueOf(row.getString(1)), row.getInt(2)),
            channel)
        .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    return counts;
  }

  /**
   * Forgets rows that ended before {@code cutoff}.
   *
   * @return how many were forgotten
   */
  public int pruneFinishedBefore(Instant cutoff) {
    return jdbc.update(
        "DELETE FROM outbox WHERE state NOT IN ('QUEUED', 'SENDING') AND finished_at < ?", cutoff);
  }

  private void finish(Jdbc on, long id, OutboxState state, String reason) {
    on.update(
        "UPDATE outbox SET state = ?, finished_at = ?, last_error = ? WHERE id = ?",
        state,
        clock.instant(),
        reason,
        id);
  }

  private static QueuedMessage queued(ResultSet row) throws SQLException {
    return new QueuedMessage(
        row.getLong("id"),
        new OutgoingMessage(
            Channel.valueOf(row.getString("channel")),
            row.getString("chat_id"),
            Priority.ofRank(row.getInt("priority")),
            row.getString("payload"),
            row.getString("reply_to")),
        row.getInt("attempts"),
        Jdbc.instant(row, "created_at"));
  }
}
