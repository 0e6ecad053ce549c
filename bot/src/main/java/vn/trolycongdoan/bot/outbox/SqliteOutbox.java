package vn.trolycongdoan.bot.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The {@code outbox} table. {@link #enqueue(Jdbc, List)} runs in the caller's transaction, so that
 * an update's replies are stored together with its handling. The sender reads the queued rows
 * ({@link #queued}, then {@link #queuedAfter} what was enqueued since) and sends one chat's
 * messages of one priority in the order enqueued ({@link QueuedRows}); a row goes only once {@link
 * #claim} moved it from {@code QUEUED} to {@code SENDING}. Thread-safe; every method throws {@link
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
      tx.update(INSERT, insertParams(message, now, broadcastId));
    }
  }

  /**
   * Stores one message as {@link #enqueue(Jdbc, List)} does and returns its row's id, for a feature
   * that later needs what became of it (such as the id of the message it delivered, to edit it).
   */
  public long enqueueReturningId(Jdbc tx, OutgoingMessage message) {
    return tx.insertReturningId(
        INSERT + " RETURNING id", insertParams(message, clock.instant(), null));
  }

  /** The parameters of {@link #INSERT} for a message queued at {@code now}, due at once. */
  private static Object[] insertParams(OutgoingMessage message, Instant now, Long broadcastId) {
    return new Object[] {
      message.channel(),
      message.chatId(),
      message.priority().rank(),
      message.payload(),
      message.replyTo(),
      now,
      now,
      broadcastId
    };
  }

  /** A queued row as the sender keeps it, without its payload: due from {@code dueAt}. */
  record Due(long id, String chatId, Priority priority, Instant dueAt) {}

  /** Queued rows that {@link #queuedAfter} found, and the last id it saw. */
  record Added(List<Due> rows, long lastId) {}

  /**
   * The channel's queued rows, by id, and the highest id stored when they were read: a row with a
   * higher id was stored later (SQLite hands out ids in the order of its single writer's commits).
   */
  Added queued(Channel channel) {
    long last = jdbc.first("SELECT coalesce(max(id), 0) FROM outbox", row -> row.getLong(1)).get();
    List<Due> rows =
        jdbc.list(
            "SELECT id, chat_id, priority, next_attempt_at FROM outbox"
                + " WHERE channel = ? AND state = 'QUEUED' ORDER BY id",
            SqliteOutbox::due,
            channel);
    return new Added(rows, rows.isEmpty() ? last : Math.max(last, rows.get(rows.size() - 1).id()));
  }

  /**
   * The channel's queued rows stored after the row {@code afterId}, by id, and the highest id read
   * (of any channel or state; {@code afterId} if none): a cheap look at what was enqueued since.
   */
  Added queuedAfter(Channel channel, long afterId) {
    long[] last = {afterId};
    List<Due> rows = new ArrayList<>();
    jdbc.list(
        "SELECT id, channel, chat_id, priority, next_attempt_at, state FROM outbox WHERE id > ?"
            + " ORDER BY id",
        row -> {
          last[0] = Math.max(last[0], row.getLong("id"));
          if (row.getString("channel").equals(channel.name())
              && row.getString("state").equals(OutboxState.QUEUED.name())) {
            rows.add(due(row));
          }
          return null;
        },
        afterId);
    return new Added(rows, last[0]);
  }

  /**
   * How many of the channel's rows up to the id {@code lastId} are queued, not counting the rows
   * {@code left} out: what the sender's picture of them should hold.
   */
  int queuedUpTo(Channel channel, long lastId, Collection<Long> left) {
    String out =
        left.isEmpty()
            ? ""
            : " AND id NOT IN (" + String.join(", ", Collections.nCopies(left.size(), "?")) + ")";
    List<Object> params = new ArrayList<>(List.of(channel, lastId));
    params.addAll(left);
    return jdbc.first(
            "SELECT count(*) FROM outbox WHERE channel = ? AND state = 'QUEUED' AND id <= ?" + out,
            row -> row.getInt(1),
            params.toArray())
        .get();
  }

  /**
   * Claims the rows for sending, in one statement: those still queued become {@code SENDING}, their
   * attempt counted.
   *
   * @return the rows claimed, whole, by id; a row no longer queued is missing
   */
  Map<Long, QueuedMessage> claim(List<Long> ids) {
    Map<Long, QueuedMessage> claimed = new HashMap<>();
    if (ids.isEmpty()) {
      return claimed;
    }
    jdbc.list(
            "UPDATE outbox SET state = 'SENDING', attempts = attempts + 1 WHERE state = 'QUEUED'"
                + " AND id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ") RETURNING "
                + COLUMNS,
            SqliteOutbox::queued,
            ids.toArray())
        .forEach(row -> claimed.put(row.id(), row));
    return claimed;
  }

  /**
   * Marks the rows sent, in one statement, each keeping the channel's id of the message it
   * delivered (may be null).
   *
   * @param delivered by row id, the delivered message's id
   */
  void markSent(Map<Long, String> delivered) {
    List<Object> params = new ArrayList<>(delivered.size() * 3 + 1);
    params.add(clock.instant());
    delivered.forEach(
        (id, deliveredId) -> {
          params.add(id);
          params.add(deliveredId);
        });
    params.addAll(delivered.keySet());
    jdbc.update(
        "UPDATE outbox SET state = 'SENT', finished_at = ?, last_error = NULL, delivered_id = CASE id"
            + " WHEN ? THEN ?".repeat(delivered.size())
            + " END WHERE id IN ("
            + String.join(", ", Collections.nCopies(delivered.size(), "?"))
            + ")",
        params.toArray());
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

  private static Due due(ResultSet row) throws SQLException {
    return new Due(
        row.getLong("id"),
        row.getString("chat_id"),
        Priority.ofRank(row.getInt("priority")),
        Jdbc.instant(row, "next_attempt_at"));
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
