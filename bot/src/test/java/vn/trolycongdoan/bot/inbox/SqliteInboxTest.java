package vn.trolycongdoan.bot.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import vn.trolycongdoan.bot.store.Database;

class SqliteInboxTest {

  private static final long BOT = 123456789L;

  @TempDir Path folder;

  private Database database;
  private SqliteInbox inbox;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    inbox = new SqliteInbox(database, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void an_update_is_stored_the_first_time_only_and_keeps_its_json() {
    StoredUpdate first = inbox.store(BOT, 1000, "42", "{\"update_id\":1000}");

    assertThat(first.payload()).isEqualTo("{\"update_id\":1000}");
    assertThat(first.key()).isEqualTo(BOT + ":1000");
    assertThat(inbox.store(BOT, 1000, "42", "{\"update_id\":1000}")).isNull();
    assertThat(inbox.store(BOT, 1001, "42", "{}")).isNotNull();
    assertThat(inbox.pending(BOT)).extracting(StoredUpdate::updateId).containsExactly(1000L, 1001L);
  }

  @Test
  void update_ids_are_per_bot() {
    assertThat(inbox.store(BOT, 1000, "1", "{}")).isNotNull();
    assertThat(inbox.store(BOT + 1, 1000, "1", "{}")).isNotNull();
    assertThat(inbox.countPending(BOT)).isEqualTo(1);
  }

  @Test
  void a_handled_update_is_no_longer_pending_and_is_not_handled_twice() {
    StoredUpdate update = inbox.store(BOT, 1000, "1", "{}");

    boolean first =
        database.jdbc().inTransaction(tx -> inbox.markHandled(tx, update, InboxState.HANDLED));
    boolean again =
        database.jdbc().inTransaction(tx -> inbox.markHandled(tx, update, InboxState.FAILED));

    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(inbox.pending(BOT)).isEmpty();
    assertThat(inbox.store(BOT, 1000, "1", "{}")).isNull();
  }

  @Test
  void pending_updates_survive_reopening_the_database() {
    inbox.store(BOT, 1000, "1", "{\"a\":1}");
    database.close();
    database = Database.open(folder.resolve("chat.db"));

    assertThat(new SqliteInbox(database, Clock.systemUTC()).pending(BOT))
        .extracting(StoredUpdate::payload)
        .containsExactly("{\"a\":1}");
  }

  @Test
  void of_eight_threads_storing_the_same_updates_exactly_one_wins_each() throws Exception {
    int threads = 8;
    int ids = 200;
    AtomicIntegerArray wins = new AtomicIntegerArray(ids);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<Void> storeAll =
            () -> {
              start.await();
              for (int id = 0; id < ids; id++) {
                if (inbox.store(BOT, id, "1", "{}") != null) {
                  wins.incrementAndGet(id);
                }
              }
              return null;
            };
        done.add(pool.submit(storeAll));
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
  void updates_the_first_schema_recorded_as_processed_stay_processed_after_the_upgrade()
      throws SQLException {
    database.close();
    Path file = folder.resolve("v1.db");
    SQLiteDataSource source = new SQLiteDataSource();
    source.setUrl("jdbc:sqlite:" + file);
    Flyway.configure(getClass().getClassLoader())
        .dataSource(source)
        .locations("classpath:db/migration")
        .placeholders(Map.of("identity", "INTEGER PRIMARY KEY"))
        .target("1")
        .load()
        .migrate();
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO processed_updates (bot_id, update_id, processed_at) VALUES ("
              + BOT
              + ", 1000, 0)");
    }

    database = Database.open(file);
    SqliteInbox upgraded = new SqliteInbox(database, Clock.systemUTC());

    assertThat(upgraded.store(BOT, 1000, "1", "{}")).isNull();
    assertThat(upgraded.store(BOT, 1001, "1", "{}")).isNotNull();
    assertThat(upgraded.pending(BOT)).extracting(StoredUpdate::updateId).containsExactly(1001L);
  }

  @Test
  void pruning_forgets_only_handled_updates_received_before_the_cutoff() {
    Instant monday = Instant.parse("2025-03-03T08:00:00Z");
    Instant friday = Instant.parse("2025-03-07T08:00:00Z");
    SqliteInbox onMonday = new SqliteInbox(database, Clock.fixed(monday, ZoneOffset.UTC));
    StoredUpdate handled = onMonday.store(BOT, 1, "1", "{}");
    onMonday.store(BOT, 2, "1", "{}");
    database.jdbc().inTransaction(tx -> inbox.markHandled(tx, handled, InboxState.HANDLED));
    new SqliteInbox(database, Clock.fixed(friday, ZoneOffset.UTC)).store(BOT, 3, "1", "{}");

    assertThat(inbox.pruneHandledBefore(friday)).isEqualTo(1);
    assertThat(inbox.pruneHandledBefore(friday)).isZero();
    assertThat(inbox.pending(BOT)).extracting(StoredUpdate::updateId).containsExactly(2L, 3L);
  }
}
