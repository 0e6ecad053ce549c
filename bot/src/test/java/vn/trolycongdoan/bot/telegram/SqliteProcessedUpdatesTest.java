package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.store.Database;

class SqliteProcessedUpdatesTest {

  private static final long BOT = 123456789L;

  @TempDir Path folder;

  private Database database;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void an_update_is_claimed_the_first_time_only() {
    SqliteProcessedUpdates updates = new SqliteProcessedUpdates(database);

    assertThat(updates.claim(BOT, 1000)).isTrue();
    assertThat(updates.claim(BOT, 1000)).isFalse();
    assertThat(updates.claim(BOT, 1001)).isTrue();
  }

  @Test
  void update_ids_are_per_bot() {
    SqliteProcessedUpdates updates = new SqliteProcessedUpdates(database);

    assertThat(updates.claim(BOT, 1000)).isTrue();
    assertThat(updates.claim(BOT + 1, 1000)).isTrue();
  }

  @Test
  void claims_survive_reopening_the_database() {
    new SqliteProcessedUpdates(database).claim(BOT, 1000);
    database.close();
    database = Database.open(folder.resolve("chat.db"));

    assertThat(new SqliteProcessedUpdates(database).claim(BOT, 1000)).isFalse();
  }

  @Test
  void of_eight_threads_claiming_the_same_updates_exactly_one_wins_each() throws Exception {
    SqliteProcessedUpdates updates = new SqliteProcessedUpdates(database);
    int threads = 8;
    int ids = 200;
    AtomicIntegerArray wins = new AtomicIntegerArray(ids);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<Void> claimAll =
            () -> {
              start.await();
              for (int id = 0; id < ids; id++) {
                if (updates.claim(BOT, id)) {
                  wins.incrementAndGet(id);
                }
              }
              return null;
            };
        done.add(pool.submit(claimAll));
      }
      start.countDown();
      for (Future<Void> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    for (int id = 0; id < ids; id++) {
      assertThat(wins.get(id)).as("wins for update %d", id).isEqualTo(1);
    }
  }

  @Test
  void pruning_forgets_only_the_updates_claimed_before_the_cutoff() {
    Instant monday = Instant.parse("2025-03-03T08:00:00Z");
    Instant friday = Instant.parse("2025-03-07T08:00:00Z");
    new SqliteProcessedUpdates(database, Clock.fixed(monday, ZoneOffset.UTC)).claim(BOT, 1);
    new SqliteProcessedUpdates(database, Clock.fixed(friday, ZoneOffset.UTC)).claim(BOT, 2);
    SqliteProcessedUpdates updates = new SqliteProcessedUpdates(database);

    assertThat(updates.pruneOlderThan(friday)).isEqualTo(1);
    assertThat(updates.pruneOlderThan(friday)).isZero();

    assertThat(updates.claim(BOT, 1)).isTrue();
    assertThat(updates.claim(BOT, 2)).isFalse();
  }
}
