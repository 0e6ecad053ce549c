package vn.trolycongdoan.bot.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The outbox sender's picture of its channel's queued rows, so that finding the next due row costs
 * no query: each chat's rows of one priority form a lane, in id order, and only a lane's first row
 * can go, and only while no row of the lane is on its way; of those, the due ones go most urgent
 * first, then oldest first, as the table's order says. The table stays the truth: a row is claimed
 * there before it is sent ({@link SqliteOutbox#claim}), so a row this picture still holds after it
 * left {@code QUEUED} is only dropped, never sent. Not thread-safe: the sender's loop owns it.
 */
final class QueuedRows {

  private static final Comparator<SqliteOutbox.Due> URGENT_FIRST =
      Comparator.comparingInt((SqliteOutbox.Due row) -> row.priority().rank())
          .thenComparingLong(SqliteOutbox.Due::id);
  private static final Comparator<SqliteOutbox.Due> SOONEST_FIRST =
      Comparator.comparing(SqliteOutbox.Due::dueAt).thenComparingLong(SqliteOutbox.Due::id);

  private record Lane(String chatId, Priority priority) {

    static Lane of(SqliteOutbox.Due row) {
      return new Lane(row.chatId(), row.priority());
    }
  }

  private final Map<Lane, TreeMap<Long, SqliteOutbox.Due>> lanes = new HashMap<>();
  private final Set<Lane> sending = new HashSet<>();
  private final Set<Long> sendingIds = new HashSet<>();
  private final TreeSet<SqliteOutbox.Due> due = new TreeSet<>(URGENT_FIRST);
  private final TreeSet<SqliteOutbox.Due> later = new TreeSet<>(SOONEST_FIRST);
  private int size;

  /** Adds a queued row; a row already known (queued or on its way) is left as it is. */
  void add(SqliteOutbox.Due row) {
    if (sendingIds.contains(row.id())) {
      return;
    }
    Lane lane = Lane.of(row);
    TreeMap<Long, SqliteOutbox.Due> rows = lanes.computeIfAbsent(lane, key -> new TreeMap<>());
    if (rows.containsKey(row.id())) {
      return;
    }
    SqliteOutbox.Due head = rows.isEmpty() ? null : rows.firstEntry().getValue();
    rows.put(row.id(), row);
    size++;
    if (head == null || row.id() < head.id()) {
      if (head != null) {
        unschedule(head);
      }
      schedule(lane);
    }
  }

  /**
   * The first rows of the lanes that may go at {@code now}, most urgent first, at most {@code
   * limit}.
   */
  List<SqliteOutbox.Due> due(Instant now, int limit) {
    while (!later.isEmpty() && !later.first().dueAt().isAfter(now)) {
      due.add(later.pollFirst());
    }
    List<SqliteOutbox.Due> rows = new ArrayList<>(Math.min(limit, due.size()));
    Iterator<SqliteOutbox.Due> heads = due.iterator();
    while (rows.size() < limit && heads.hasNext()) {
      rows.add(heads.next());
    }
    return rows;
  }

  /** When the first row that is not due yet will be, if any. */
  Instant nextDueAt() {
    return later.isEmpty() ? null : later.first().dueAt();
  }

  /** A row {@link #due} gave is on its way: its lane waits until it is {@link #settled}. */
  void sending(SqliteOutbox.Due row) {
    Lane lane = Lane.of(row);
    unschedule(row);
    remove(lane, row.id());
    sending.add(lane);
    sendingIds.add(row.id());
  }

  /**
   * A row {@link #sending} is done with: finished (sent, failed, or no longer queued in the table)
   * when {@code retryAt} is {@code null}, else queued again for then, still first of its lane.
   */
  void settled(SqliteOutbox.Due row, Instant retryAt) {
    Lane lane = Lane.of(row);
    sending.remove(lane);
    sendingIds.remove(row.id());
    if (retryAt != null) {
      add(new SqliteOutbox.Due(row.id(), row.chatId(), row.priority(), retryAt));
    }
    schedule(lane);
  }

  /** Forgets every queued row of the chat (the table marked them blocked). */
  void dropChat(String chatId) {
    for (Priority priority : Priority.values()) {
      Lane lane = new Lane(chatId, priority);
      TreeMap<Long, SqliteOutbox.Due> rows = lanes.remove(lane);
      if (rows != null && !rows.isEmpty()) {
        unschedule(rows.firstEntry().getValue());
        size -= rows.size();
      }
    }
  }

  /** Forgets every queued row, keeping the lanes of the rows on their way waiting. */
  void clear() {
    lanes.clear();
    due.clear();
    later.clear();
    size = 0;
  }

  /** How many queued rows it holds, not counting those on their way. */
  int size() {
    return size;
  }

  /** The ids of the rows on their way. */
  Set<Long> sendingIds() {
    return Set.copyOf(sendingIds);
  }

  private void remove(Lane lane, long id) {
    TreeMap<Long, SqliteOutbox.Due> rows = lanes.get(lane);
    if (rows != null && rows.remove(id) != null) {
      size--;
      if (rows.isEmpty()) {
        lanes.remove(lane);
      }
    }
  }

  /** Puts the lane's first row among those waiting for their time, unless the lane is sending. */
  private void schedule(Lane lane) {
    TreeMap<Long, SqliteOutbox.Due> rows = lanes.get(lane);
    if (rows != null && !rows.isEmpty() && !sending.contains(lane)) {
      SqliteOutbox.Due head = rows.firstEntry().getValue();
      unschedule(head);
      later.add(head);
    }
  }

  private void unschedule(SqliteOutbox.Due row) {
    if (!due.remove(row)) {
      later.remove(row);
    }
  }
}
