package vn.trolycongdoan.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitOfWorkTest {

  @TempDir Path folder;

  private Database database;
  private Jdbc jdbc;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    jdbc = database.jdbc();
    jdbc.update("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void the_writes_of_a_unit_are_seen_by_other_connections_only_once_it_returns() {
    jdbc.inUnitOfWork(
        () -> {
          jdbc.update("INSERT INTO notes (id, text) VALUES (1, 'a')");
          jdbc.inTransaction(tx -> tx.update("INSERT INTO notes (id, text) VALUES (2, 'b')"));
          assertThat(ids()).as("read inside the unit").containsExactly(1L, 2L);
          assertThat(CompletableFuture.supplyAsync(this::ids).orTimeout(5, TimeUnit.SECONDS).join())
              .as("read by another thread meanwhile")
              .isEmpty();
          return null;
        });

    assertThat(ids()).containsExactly(1L, 2L);
  }

  @Test
  void a_unit_that_throws_stores_none_of_its_writes() {
    assertThatThrownBy(
            () ->
                jdbc.inUnitOfWork(
                    () -> {
                      jdbc.update("INSERT INTO notes (id, text) VALUES (1, 'a')");
                      jdbc.inTransaction(
                          tx -> tx.update("INSERT INTO notes (id, text) VALUES (2, 'b')"));
                      throw new IllegalStateException("handler failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(ids()).isEmpty();
  }

  @Test
  void a_nested_transaction_that_throws_rolls_back_alone_and_the_unit_keeps_the_rest() {
    jdbc.inUnitOfWork(
        () -> {
          jdbc.update("INSERT INTO notes (id, text) VALUES (1, 'a')");
          assertThatThrownBy(
                  () ->
                      jdbc.inTransaction(
                          tx -> {
                            tx.update("INSERT INTO notes (id, text) VALUES (2, 'b')");
                            return tx.update("INSERT INTO notes (id, text) VALUES (1, 'again')");
                          }))
              .isInstanceOf(StoreException.class);
          jdbc.update("INSERT INTO notes (id, text) VALUES (3, 'c')");
          return null;
        });

    assertThat(ids()).containsExactly(1L, 3L);
  }

  @Test
  void a_unit_takes_the_write_lock_only_at_its_first_write() {
    jdbc.inUnitOfWork(
        () -> {
          assertThat(ids()).isEmpty();
          // Another writer is not blocked while the unit has only read.
          CompletableFuture.runAsync(
                  () -> jdbc.update("INSERT INTO notes (id, text) VALUES (9, 'other')"))
              .join();
          jdbc.update("INSERT INTO notes (id, text) VALUES (1, 'a')");
          return null;
        });

    assertThat(ids()).containsExactly(1L, 9L);
  }

  @Test
  void a_unit_that_only_reads_leaves_no_transaction_open() {
    assertThat(jdbc.inUnitOfWork(this::ids)).isEmpty();

    try (Database other = Database.open(database.file())) {
      other.jdbc().update("INSERT INTO notes (id, text) VALUES (1, 'a')");
    }
    assertThat(ids()).containsExactly(1L);
  }

  @Test
  void after_a_unit_commits_or_throws_another_thread_can_write_at_once() {
    jdbc.inUnitOfWork(() -> jdbc.update("INSERT INTO notes (id, text) VALUES (1, 'a')"));
    assertThatThrownBy(
            () ->
                jdbc.inUnitOfWork(
                    () -> {
                      jdbc.update("INSERT INTO notes (id, text) VALUES (2, 'b')");
                      throw new IllegalStateException("handler failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    CompletableFuture.runAsync(() -> jdbc.update("INSERT INTO notes (id, text) VALUES (3, 'c')"))
        .orTimeout(2, TimeUnit.SECONDS)
        .join();
    assertThat(ids()).containsExactly(1L, 3L);
  }

  @Test
  void writers_on_many_threads_at_once_all_land_whole() throws Exception {
    int threads = 16;
    int each = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        writers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    long id = thread * 10_000L + i * 2L;
                    switch (i % 3) {
                      case 0 -> {
                        jdbc.update("INSERT INTO notes (id, text) VALUES (?, 'x')", id);
                        jdbc.update("INSERT INTO notes (id, text) VALUES (?, 'x')", id + 1);
                      }
                      case 1 ->
                          jdbc.inTransaction(
                              tx -> {
                                tx.update("INSERT INTO notes (id, text) VALUES (?, 'x')", id);
                                return tx.update(
                                    "INSERT INTO notes (id, text) VALUES (?, 'x')", id + 1);
                              });
                      default ->
                          jdbc.inUnitOfWork(
                              () -> {
                                ids();
                                jdbc.update("INSERT INTO notes (id, text) VALUES (?, 'x')", id);
                                return jdbc.update(
                                    "INSERT INTO notes (id, text) VALUES (?, 'x')", id + 1);
                              });
                    }
                  }
                }));
      }
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(ids()).hasSize(threads * each * 2);
  }

  private List<Long> ids() {
    return jdbc.list("SELECT id FROM notes ORDER BY id", row -> row.getLong(1));
  }
}
