package vn.trolycongdoan.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.store.Database;

/**
 * The outbox table on a real SQLite file built by the production migrations: what becomes of a row
 * whose attempt is to be retried, by the state of the broadcast it carries. A row is put in {@code
 * SENDING} as the sender's claim leaves it.
 */
class SqliteOutboxTest {

  @TempDir Path folder;

  private Database database;
  private SqliteOutbox outbox;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("outbox.db"));
    outbox = new SqliteOutbox(database, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void a_retried_row_is_queued_again_for_its_next_attempt() {
    long reply = sending(null);
    long bulk = sending(broadcast("SENDING"));
    Instant later = Instant.now().plusSeconds(20);

    outbox.retryAt(reply, later, "429 Too Many Requests: retry after 20");
    outbox.retryAt(bulk, later, "429 Too Many Requests: retry after 20");

    assertThat(stateOf(reply)).isEqualTo("QUEUED");
    assertThat(stateOf(bulk)).isEqualTo("QUEUED");
    assertThat(column("next_attempt_at", bulk)).isEqualTo(later.toEpochMilli());
    assertThat(column("finished_at", bulk)).isNull();
  }

  @Test
  void a_retried_row_of_a_broadcast_paused_while_it_was_sent_is_held_with_the_others() {
    long row = sending(broadcast("PAUSED"));

    outbox.retryAt(row, Instant.now().plusSeconds(1), "500 Internal Server Error");

    assertThat(stateOf(row)).isEqualTo("PAUSED");
    assertThat(column("finished_at", row)).isNull();
  }

  @Test
  void a_retried_row_of_a_broadcast_cancelled_while_it_was_sent_is_cancelled() {
    long row = sending(broadcast("CANCELLED"));

    outbox.retryAt(row, Instant.now().plusSeconds(1), "500 Internal Server Error");

    assertThat(stateOf(row)).isEqualTo("CANCELLED");
    assertThat(column("finished_at", row)).isNotNull();
  }

  private long broadcast(String state) {
    return database
        .jdbc()
        .insertReturningId(
            "INSERT INTO broadcasts (text, audience_kind, audience_subtree, created_by, created_at,"
                + " send_at, state, recipients) VALUES ('x', 'ALL', FALSE, 'Quản trị', 0, 0, ?, 1)"
                + " RETURNING id",
            state);
  }

  /** A row claimed for sending, of the broadcast {@code broadcastId} ({@code null} for a reply). */
  private long sending(Long broadcastId) {
    Priority priority = broadcastId == null ? Priority.REPLY : Priority.BULK;
    database
        .jdbc()
        .inTransaction(
            tx -> {
              outbox.enqueue(
                  tx,
                  List.of(new OutgoingMessage(Channel.TELEGRAM, "1", priority, "tin", null)),
                  broadcastId);
              return null;
            });
    long id =
        database.jdbc().first("SELECT max(id) FROM outbox", row -> row.getLong(1)).orElseThrow();
    database.jdbc().update("UPDATE outbox SET state = 'SENDING' WHERE id = ?", id);
    return id;
  }

  private String stateOf(long id) {
    return database
        .jdbc()
        .first("SELECT state FROM outbox WHERE id = ?", row -> row.getString(1), id)
        .orElseThrow();
  }

  /** A time column of the row, in epoch milliseconds; {@code null} when not set. */
  private Long column(String name, long id) {
    List<Long> values =
        database
            .jdbc()
            .list(
                "SELECT " + name + " FROM outbox WHERE id = ?",
                row -> row.getObject(1) == null ? null : row.getLong(1),
                id);
    return values.get(0);
  }
}
