package vn.trolycongdoan.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QueuedRowsTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  private final QueuedRows rows = new QueuedRows();

  @Test
  void replies_go_before_reminders_and_bulk_and_each_priority_oldest_first() {
    rows.add(row(1, "a", Priority.BULK));
    rows.add(row(2, "b", Priority.REPLY));
    rows.add(row(3, "c", Priority.REMINDER));
    rows.add(row(4, "d", Priority.REPLY));

    assertThat(ids(rows.due(NOW, 10))).containsExactly(2L, 4L, 3L, 1L);
    assertThat(ids(rows.due(NOW, 2))).containsExactly(2L, 4L);
  }

  @Test
  void a_chats_next_message_of_one_priority_waits_until_the_one_before_it_is_settled() {
    rows.add(row(1, "a", Priority.REPLY));
    rows.add(row(2, "a", Priority.REPLY));
    rows.add(row(3, "a", Priority.BULK));

    assertThat(ids(rows.due(NOW, 10))).containsExactly(1L, 3L);
    rows.sending(row(1, "a", Priority.REPLY));
    assertThat(ids(rows.due(NOW, 10))).containsExactly(3L);
    rows.settled(row(1, "a", Priority.REPLY), null);
    assertThat(ids(rows.due(NOW, 10))).containsExactly(2L, 3L);
    assertThat(rows.size()).isEqualTo(2);
  }

  @Test
  void a_row_tried_again_stays_first_of_its_chat_and_waits_for_its_time() {
    rows.add(row(1, "a", Priority.REPLY));
    rows.add(row(2, "a", Priority.REPLY));
    rows.sending(row(1, "a", Priority.REPLY));
    Instant retryAt = NOW.plusSeconds(4);

    rows.settled(row(1, "a", Priority.REPLY), retryAt);

    assertThat(rows.due(NOW, 10)).isEmpty();
    assertThat(rows.nextDueAt()).isEqualTo(retryAt);
    assertThat(ids(rows.due(retryAt, 10))).containsExactly(1L);
  }

  @Test
  void a_row_read_again_while_it_is_on_its_way_is_not_added_twice() {
    rows.add(row(1, "a", Priority.BULK));
    rows.sending(row(1, "a", Priority.BULK));

    rows.add(row(1, "a", Priority.BULK));
    rows.clear();
    rows.add(row(2, "a", Priority.BULK));

    assertThat(rows.due(NOW, 10)).isEmpty();
    assertThat(rows.sendingIds()).containsExactly(1L);
    rows.settled(row(1, "a", Priority.BULK), null);
    assertThat(ids(rows.due(NOW, 10))).containsExactly(2L);
  }

  @Test
  void an_older_row_read_later_goes_before_the_newer_one_of_its_chat() {
    rows.add(row(5, "a", Priority.BULK));
    rows.add(row(3, "a", Priority.BULK));
    rows.add(row(3, "a", Priority.BULK));

    assertThat(ids(rows.due(NOW, 10))).containsExactly(3L);
    assertThat(rows.size()).isEqualTo(2);
  }

  @Test
  void a_blocked_chat_is_forgotten_in_every_priority() {
    rows.add(row(1, "a", Priority.REPLY));
    rows.add(row(2, "a", Priority.BULK));
    rows.add(row(3, "b", Priority.BULK));

    rows.dropChat("a");

    assertThat(ids(rows.due(NOW, 10))).containsExactly(3L);
    assertThat(rows.size()).isEqualTo(1);
  }

  @Test
  void random_sends_and_retries_deliver_every_row_once_and_each_chat_in_order() {
    Random random = new Random(8);
    Map<String, List<Long>> sent = new HashMap<>();
    Instant now = NOW;
    for (long id = 1; id <= 3_000; id++) {
      Priority priority = random.nextBoolean() ? Priority.REPLY : Priority.BULK;
      rows.add(new SqliteOutbox.Due(id, "c" + random.nextInt(40), priority, now));
    }
    List<SqliteOutbox.Due> onTheirWay = new ArrayList<>();
    while (rows.size() + onTheirWay.size() > 0) {
      for (SqliteOutbox.Due row : rows.due(now, 1 + random.nextInt(8))) {
        rows.sending(row);
        onTheirWay.add(row);
      }
      if (!onTheirWay.isEmpty()) {
        SqliteOutbox.Due row = onTheirWay.remove(random.nextInt(onTheirWay.size()));
        if (random.nextInt(5) == 0) {
          rows.settled(row, now.plusMillis(random.nextInt(3_000)));
        } else {
          rows.settled(row, null);
          sent.computeIfAbsent(row.chatId() + row.priority(), k -> new ArrayList<>()).add(row.id());
        }
      }
      now = now.plus(Duration.ofMillis(100));
    }

    assertThat(sent.values().stream().mapToInt(List::size).sum()).isEqualTo(3_000);
    sent.values().forEach(ids -> assertThat(ids).isSorted().doesNotHaveDuplicates());
  }

  private static SqliteOutbox.Due row(long id, String chat, Priority priority) {
    return new SqliteOutbox.Due(id, chat, priority, NOW);
  }

  private static List<Long> ids(List<SqliteOutbox.Due> due) {
    return due.stream().map(SqliteOutbox.Due::id).toList();
  }
}
