package vn.trolycongdoan.bot.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.StoreException;

class InboxWriterTest {

  private static final long BOT = 123456789L;

  @TempDir Path folder;

  private Database database;
  private SqliteInbox inbox;
  private InboxWriter writer;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    inbox = new SqliteInbox(database, Clock.systemUTC());
    writer = new InboxWriter(database, inbox);
  }

  @AfterEach
  void close() {
    threads.shutdownNow();
    database.close();
  }

  @Test
  void of_eight_threads_storing_the_same_updates_each_is_stored_once_and_committed_on_return()
      throws Exception {
    int ids = 300;
    AtomicIntegerArray wins = new AtomicIntegerArray(ids);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Long>>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      done.add(
          threads.submit(
              () -> {
                start.await();
                List<Long> notVisible = new ArrayList<>();
                for (int id = 0; id < ids; id++) {
                  StoredUpdate stored = writer.store(BOT, id, "c" + id % 7, "{\"n\":" + id + "}");
                  if (stored != null) {
                    wins.incrementAndGet(id);
                  }
                  // Read on another connection: what store returned for is committed.
                  if (!committed(id)) {
                    notVisible.add((long) id);
                  }
                }
                return notVisible;
              }));
    }
    start.countDown();
    for (Future<List<Long>> future : done) {
      assertThat(future.get(60, TimeUnit.SECONDS)).as("updates not committed on return").isEmpty();
    }

    for (int id = 0; id < ids; id++) {
      assertThat(wins.get(id)).as("wins for update %d", id).isEqualTo(1);
    }
    assertThat(inbox.countPending(BOT)).isEqualTo(ids);
    assertThat(writer.waiting()).isZero();
  }

  @Test
  void updates_that_arrive_while_the_write_lock_is_busy_wait_for_it_and_share_one_commit()
      throws Exception {
    try (HeldWriteLock lock = new HeldWriteLock()) {
      List<Future<StoredUpdate>> stores = new ArrayList<>();
      for (long id = 1; id <= 5; id++) {
        long updateId = id;
        stores.add(threads.submit(() -> writer.store(BOT, updateId, "1", "{}")));
      }
      awaitWaiting(5);

      assertThat(stores).noneMatch(Future::isDone);
      assertThat(inbox.countPending(BOT)).isZero();
      lock.release();

      for (Future<StoredUpdate> store : stores) {
        assertThat(store.get(30, TimeUnit.SECONDS)).isNotNull();
      }
    }
    assertThat(inbox.pending(BOT))
        .extracting(StoredUpdate::updateId)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void an_update_that_fails_fails_every_update_of_its_batch_and_none_of_them_is_stored()
      throws Exception {
    database
        .jdbc()
        .update(
            "CREATE TRIGGER refuse_666 BEFORE INSERT ON inbox WHEN NEW.update_id = 666"
                + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    List<Future<StoredUpdate>> stores = new ArrayList<>();
    try (HeldWriteLock lock = new HeldWriteLock()) {
      for (long updateId : new long[] {1, 2, 666, 3}) {
        stores.add(threads.submit(() -> writer.store(BOT, updateId, "1", "{}")));
      }
      awaitWaiting(4);
      lock.release();
    }

    for (Future<StoredUpdate> store : stores) {
      assertThatThrownBy(() -> store.get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("batch of 4 updates")
          .hasMessageContaining("refused by the test");
    }
    assertThat(inbox.countPending(BOT)).isZero();
    assertThat(writer.store(BOT, 1, "1", "{}")).as("stored again alone").isNotNull();
    assertThat(writer.waiting()).isZero();
  }

  @Test
  void the_same_update_several_times_in_one_batch_is_stored_once_and_returned_once()
      throws Exception {
    List<Future<StoredUpdate>> stores = new ArrayList<>();
    try (HeldWriteLock lock = new HeldWriteLock()) {
      for (long updateId : new long[] {7, 8, 7, 7}) {
        stores.add(threads.submit(() -> writer.store(BOT, updateId, "1", "{\"u\":1}")));
      }
      awaitWaiting(4);
      lock.release();
    }

    List<Long> stored = new ArrayList<>();
    for (Future<StoredUpdate> store : stores) {
      StoredUpdate update = store.get(30, TimeUnit.SECONDS);
      if (update != null) {
        stored.add(update.updateId());
      }
    }
    assertThat(stored).containsExactlyInAnyOrder(7L, 8L);
    assertThat(inbox.pending(BOT)).extracting(StoredUpdate::updateId).containsExactly(7L, 8L);
  }

  @Test
  void when_the_transaction_cannot_begin_every_waiting_update_fails() throws Exception {
    List<Future<StoredUpdate>> stores = new ArrayList<>();
    try (HeldWriteLock lock = new HeldWriteLock()) {
      for (long updateId = 1; updateId <= 3; updateId++) {
        long id = updateId;
        stores.add(threads.submit(() -> writer.store(BOT, id, "1", "{}")));
      }
      awaitWaiting(3);
      database.close();
      lock.release();
    }

    for (Future<StoredUpdate> store : stores) {
      assertThatThrownBy(() -> store.get(30, TimeUnit.SECONDS))
          .cause()
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is closed");
    }
    assertThat(writer.waiting()).isZero();
  }

  @Test
  void it_refuses_to_store_inside_a_transaction_whose_commit_it_would_not_control() {
    assertThatThrownBy(() -> database.jdbc().inTransaction(tx -> writer.store(BOT, 1, "1", "{}")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> database.jdbc().inUnitOfWork(() -> writer.store(BOT, 1, "1", "{}")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(inbox.countPending(BOT)).isZero();
  }

  private boolean committed(long updateId) {
    return database
        .jdbc()
        .first(
            "SELECT count(*) FROM inbox WHERE bot_id = ? AND update_id = ?",
            row -> row.getInt(1) == 1,
            BOT,
            updateId)
        .orElse(false);
  }

  private void awaitWaiting(int count) throws InterruptedException {
    while (writer.waiting() < count) {
      Thread.sleep(1);
    }
  }

  /** SQLite's write lock, held by a transaction of another thread until released. */
  private final class HeldWriteLock implements AutoCloseable {
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Future<Object> transaction;

    HeldWriteLock() throws InterruptedException {
      transaction =
          threads.submit(
              () ->
                  database
                      .jdbc()
                      .inTransaction(
                          tx -> {
                            held.countDown();
                            try {
                              release.await();
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                            }
                            return null;
                          }));
      held.await();
    }

    void release() {
      release.countDown();
    }

    @Override
    public void close() throws Exception {
      release();
      transaction.get(30, TimeUnit.SECONDS);
    }
  }
}
