package vn.trolycongdoan.bot.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.outbox.Foreground;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.Priority;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.store.Database;

/** The dispatcher on a real SQLite inbox and outbox, with a handler that records what it got. */
class InboxDispatcherTest {

  private static final long BOT = 42;
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path folder;

  private Database database;
  private SqliteInbox inbox;
  private SqliteOutbox outbox;
  private final Map<String, List<Long>> handled = new ConcurrentHashMap<>();
  private final List<Long> failOn = new CopyOnWriteArrayList<>();
  private InboxDispatcher dispatcher;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("inbox.db"));
    inbox = new SqliteInbox(database, Clock.systemUTC());
    outbox = new SqliteOutbox(database, Clock.systemUTC());
    database.jdbc().update("CREATE TABLE handler_writes (update_id INTEGER NOT NULL)");
  }

  @AfterEach
  void close() {
    if (dispatcher != null) {
      dispatcher.close();
    }
    database.close();
  }

  @Test
  void one_chats_updates_are_handled_in_order_each_with_its_reply_committed() throws Exception {
    start();
    for (long id = 1; id <= 40; id++) {
      dispatcher.submit(inbox.store(BOT, id, id % 2 == 0 ? "even" : "odd", "{}"));
    }

    awaitNothingPending();

    assertThat(handled.get("odd")).isSorted().hasSize(20);
    assertThat(handled.get("even")).isSorted().hasSize(20);
    assertThat(column("SELECT DISTINCT state FROM inbox")).containsExactly("HANDLED");
    assertThat(column("SELECT payload FROM outbox WHERE reply_to = '42:7'"))
        .containsExactly("re 7");
    assertThat(column("SELECT count(*) FROM outbox")).containsExactly("40");
  }

  @Test
  void
      an_update_the_handler_fails_on_is_marked_failed_gets_the_apology_and_keeps_none_of_its_writes()
          throws Exception {
    failOn.add(2L);
    start();
    dispatcher.submit(inbox.store(BOT, 1, "a", "{}"));
    dispatcher.submit(inbox.store(BOT, 2, "a", "{}"));
    dispatcher.submit(inbox.store(BOT, 3, "a", "{}"));

    awaitNothingPending();

    assertThat(column("SELECT update_id || ' ' || state FROM inbox ORDER BY update_id"))
        .containsExactly("1 HANDLED", "2 FAILED", "3 HANDLED");
    assertThat(column("SELECT payload FROM outbox ORDER BY id"))
        .containsExactly("re 1", "sorry 2", "re 3");
    assertThat(column("SELECT update_id FROM handler_writes ORDER BY update_id"))
        .containsExactly("1", "3");
  }

  @Test
  void updates_a_previous_run_left_pending_are_handled_at_start_and_only_once() throws Exception {
    inbox.store(BOT, 1, "a", "{}");
    inbox.store(BOT, 2, "b", "{}");
    inbox.store(BOT + 1, 3, "c", "{}");
    start();

    assertThat(dispatcher.recover()).isEqualTo(2);
    awaitNothingPending();
    assertThat(dispatcher.recover()).isZero();

    assertThat(handled).containsOnlyKeys("a", "b");
    assertThat(inbox.countPending(BOT + 1)).isEqualTo(1);
    assertThat(column("SELECT count(*) FROM outbox")).containsExactly("2");
  }

  private void start() {
    UpdateHandler handler =
        new UpdateHandler() {
          @Override
          public Handling handle(StoredUpdate update) {
            database
                .jdbc()
                .update("INSERT INTO handler_writes (update_id) VALUES (?)", update.updateId());
            if (failOn.contains(update.updateId())) {
              throw new IllegalStateException("handler on fire");
            }
            handled
                .computeIfAbsent(update.chatKey(), chat -> new CopyOnWriteArrayList<>())
                .add(update.updateId());
            return Handling.of(List.of(reply(update, "re ")));
          }

          @Override
          public Handling failed(StoredUpdate update, RuntimeException failure) {
            return Handling.of(List.of(reply(update, "sorry ")));
          }
        };
    dispatcher =
        new InboxDispatcher(
            "test-chat", BOT, database, inbox, outbox, handler, () -> {}, new Foreground(), 4);
  }

  private static OutgoingMessage reply(StoredUpdate update, String text) {
    return new OutgoingMessage(
        Channel.TELEGRAM, update.chatKey(), Priority.REPLY, text + update.updateId(), update.key());
  }

  private void awaitNothingPending() throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (inbox.countPending(BOT) > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Still pending: " + inbox.pending(BOT));
      }
      Thread.sleep(10);
    }
  }

  private List<String> column(String sql) {
    return database.jdbc().list(sql, row -> row.getString(1));
  }
}
