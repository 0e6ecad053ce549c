package vn.trolycongdoan.bot.inbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;
import vn.trolycongdoan.bot.store.StoreException;

/**
 * Stores the updates that many threads take at the same time (the webhook's requests) with one
 * commit for all of them: a group commit. A thread that finds no other writing writes every update
 * waiting at that moment, its own among them, in one transaction and wakes the others; one that
 * finds a write under way waits for it, and if its update was not in it, writes the next batch. So
 * an update alone costs one transaction as before, and updates arriving while SQLite's write lock
 * is busy share the next commit instead of each taking the lock for a commit of its own.
 *
 * <p>{@link #store} returns only once the batch with the update is committed, so a caller may
 * confirm the update then. If anything in the batch fails (the lock, a statement, the commit), the
 * whole batch is rolled back and every caller in it gets a {@link StoreException}: none of its
 * updates is stored, none half. Duplicates are stored once, also within one batch: only the first
 * gets its {@link StoredUpdate}. Thread-safe; must not be called inside a transaction or unit of
 * work (its rows would then commit, or roll back, with that one).
 */
public final class InboxWriter {

  /** At most this many updates share a commit, so that one batch holds the write lock briefly. */
  static final int MAX_BATCH = 256;

  private final Jdbc jdbc;
  private final SqliteInbox inbox;
  private final Deque<Arrival> waiting = new ArrayDeque<>();
  private boolean writing;

  public InboxWriter(Database database, SqliteInbox inbox) {
    this.jdbc = database.jdbc();
    this.inbox = inbox;
  }

  /**
   * Stores an update as pending and returns once it is committed.
   *
   * @return the stored update, or {@code null} if it was stored before (a duplicate)
   * @throws StoreException if its batch could not be stored; none of the batch is stored then
   * @throws IllegalStateException if this thread runs a transaction or unit of work
   */
  public StoredUpdate store(long botId, long updateId, String chatKey, String payload) {
    if (jdbc.withinTransaction()) {
      throw new IllegalStateException("The inbox commits on its own: not inside a transaction");
    }
    Arrival arrival = new Arrival(botId, updateId, chatKey, payload);
    boolean interrupted = false;
    synchronized (this) {
      waiting.addLast(arrival);
    }
    try {
      while (true) {
        synchronized (this) {
          while (writing && !arrival.done) {
            try {
              wait();
            } catch (InterruptedException e) {
              // The batch under way ends within the lock's timeout; the answer must be its outcome.
              interrupted = true;
            }
          }
          if (arrival.done) {
            return arrival.result();
          }
          writing = true;
        }
        try {
          writeBatch();
        } finally {
          synchronized (this) {
            writing = false;
            notifyAll();
          }
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** How many updates wait for a commit: for tests. */
  synchronized int waiting() {
    return waiting.size();
  }

  /**
   * Writes the updates waiting, up to {@link #MAX_BATCH}, in one transaction, taken once the write
   * lock is this thread's, so that those arriving while it waited for the lock join.
   */
  private void writeBatch() {
    List<Arrival> batch = new ArrayList<>();
    List<StoredUpdate> stored;
    try {
      stored =
          jdbc.inTransaction(
              tx -> {
                batch.addAll(takeWaiting());
                List<StoredUpdate> rows = new ArrayList<>(batch.size());
                for (Arrival arrival : batch) {
                  rows.add(
                      inbox.store(
                          tx, arrival.botId, arrival.updateId, arrival.chatKey, arrival.payload));
                }
                return rows;
              });
    } catch (RuntimeException e) {
      if (batch.isEmpty()) {
        // The transaction did not begin (the lock, a connection): these would meet the same.
        batch.addAll(takeWaiting());
      }
      fail(batch, e);
      return;
    } catch (Error e) {
      // Their threads must not wait for a batch that is over.
      fail(batch, e);
      throw e;
    }
    synchronized (this) {
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).complete(stored.get(i));
      }
    }
  }

  private synchronized void fail(List<Arrival> batch, Throwable cause) {
    StoreException failure =
        new StoreException(
            "The inbox could not store a batch of " + batch.size() + " updates: " + cause, cause);
    batch.forEach(arrival -> arrival.fail(failure));
  }

  private synchronized List<Arrival> takeWaiting() {
    List<Arrival> batch = new ArrayList<>(Math.min(waiting.size(), MAX_BATCH));
    while (!waiting.isEmpty() && batch.size() < MAX_BATCH) {
      batch.add(waiting.pollFirst());
    }
    return batch;
  }

  /** An update waiting for its commit; its outcome is guarded by the writer's monitor. */
  private static final class Arrival {
    private final long botId;
    private final long updateId;
    private final String chatKey;
    private final String payload;
    private boolean done;
    private StoredUpdate stored;
    private StoreException failure;

    Arrival(long botId, long updateId, String chatKey, String payload) {
      this.botId = botId;
      this.updateId = updateId;
      this.chatKey = chatKey;
      this.payload = payload;
    }

    void complete(StoredUpdate row) {
      stored = row;
      done = true;
    }

    void fail(StoreException e) {
      failure = e;
      done = true;
    }

    StoredUpdate result() {
      if (failure != null) {
        // A fresh exception per caller, so that each logs its own stack.
        throw new StoreException(failure.getMessage(), failure.getCause());
      }
      return stored;
    }
  }
}
