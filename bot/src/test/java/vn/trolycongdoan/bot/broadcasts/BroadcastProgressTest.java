package vn.trolycongdoan.bot.broadcasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.atIndex;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.members.SqliteSubscriberStore;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;

/**
 * Progress messages on a real SQLite file built by the production migrations, with a clock the test
 * moves. The test stands for the outbox sender: it settles rows itself, giving each sent row the id
 * of the message it delivered. Rows are rendered as {@code new:<text>} and {@code edit
 * <id>:<text>}, so the outbox shows what the staff member reads.
 */
class BroadcastProgressTest {

  private static final StaffMember ADMIN = new StaffMember("Quản trị", StaffRole.ADMIN, null);
  private static final String STAFF_CHAT = "900";

  @TempDir Path folder;

  private final FakeClock clock = FakeClock.atVietnamTime("2026-12-20T09:00");
  private Database database;
  private Broadcasts broadcasts;
  private BroadcastProgress progress;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    SqliteOutbox outbox = new SqliteOutbox(database, Clock.systemUTC());
    Broadcasts.Rendering plain =
        (chat, reply, priority) ->
            List.of(
                new OutgoingMessage(
                    Channel.TELEGRAM, chat, priority, "new:" + reply.text().plainText(), null));
    broadcasts =
        new Broadcasts(
            database,
            UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv"),
            BroadcastsTest.TAGS,
            outbox,
            plain,
            clock);
    progress =
        new BroadcastProgress(
            database,
            outbox,
            plain,
            (chat, messageId, reply, priority) ->
                new OutgoingMessage(
                    Channel.TELEGRAM,
                    chat,
                    priority,
                    "edit " + messageId + ":" + reply.text().plainText(),
                    null),
            Duration.ofSeconds(5),
            clock);
    SqliteSubscriberStore subscribers = new SqliteSubscriberStore(database);
    for (String chat : List.of("1", "2", "3")) {
      subscribers.setSubscribed(
          new ChatUser(Channel.TELEGRAM, chat, chat, "Đoàn viên"), true, clock.instant());
    }
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void one_message_is_edited_when_counts_change_at_most_every_interval_then_a_summary_follows() {
    long id = create(STAFF_CHAT).id();

    progress.runOnce();
    progress.runOnce();
    assertThat(notices())
        .as("one progress message at reminder priority, not another while it is on its way")
        .containsExactly(
            "900 1 new:📣 Đợt phát tin số 1: đang gửi\nĐã gửi 0/3 · chặn bot 0 · lỗi 0");

    deliver(lastNotice(), "55");
    settle(bulkRow(id, "1"), "SENT");
    clock.advance(Duration.ofSeconds(4));
    progress.runOnce();
    assertThat(notices()).as("sooner than the interval").hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    progress.runOnce();
    progress.runOnce();
    assertThat(notices())
        .hasSize(2)
        .last()
        .isEqualTo("900 1 edit 55:📣 Đợt phát tin số 1: đang gửi\nĐã gửi 1/3 · chặn bot 0 · lỗi 0");

    deliver(lastNotice(), "55");
    clock.advance(Duration.ofSeconds(10));
    progress.runOnce();
    assertThat(notices()).as("nothing changed, nothing edited").hasSize(2);

    settle(bulkRow(id, "2"), "SENT");
    settle(bulkRow(id, "3"), "BLOCKED");
    clock.advance(Duration.ofSeconds(5));
    broadcasts.runOnce();
    progress.runOnce();
    progress.runOnce();

    assertThat(notices())
        .hasSize(4)
        .endsWith(
            "900 1 edit 55:📣 Đợt phát tin số 1: đã gửi xong\nĐã gửi 2/3 · chặn bot 1 · lỗi 0",
            "900 1 new:✅ Đợt phát tin số 1 đã gửi xong trong 20 giây.\nĐã gửi: 2\nChặn bot: 1"
                + "\nLỗi: 0\nKhông rõ (đang gửi khi dịch vụ dừng): 0");
  }

  @Test
  void a_cancelled_broadcast_is_summed_up_once_nothing_of_it_is_in_flight() {
    Broadcast broadcast = create(STAFF_CHAT);
    progress.runOnce();
    deliver(lastNotice(), "55");
    settle(bulkRow(broadcast.id(), "1"), "SENT");
    settle(bulkRow(broadcast.id(), "2"), "SENDING");

    clock.advance(Duration.ofMinutes(2));
    broadcasts.cancel(ADMIN, broadcast.id());
    progress.runOnce();
    assertThat(notices())
        .as("the progress shows the cancel; no summary while row 2 is on its way")
        .hasSize(2)
        .last()
        .asString()
        .startsWith("900 1 edit 55:📣 Đợt phát tin số 1: đã hủy");

    settle(bulkRow(broadcast.id(), "2"), "SENT");
    progress.runOnce();
    assertThat(notices()).as("the summary waits for the edit on its way").hasSize(2);
    deliver(lastNotice(), "55");
    progress.runOnce();

    assertThat(notices())
        .hasSize(4)
        .contains(
            "900 1 edit 55:📣 Đợt phát tin số 1: đã hủy\nĐã gửi 2/3 · chặn bot 0 · lỗi 0",
            atIndex(2))
        .last()
        .isEqualTo(
            "900 1 new:⛔ Đợt phát tin số 1 đã hủy sau 2 phút 0 giây.\nĐã gửi: 2\nChặn bot: 0"
                + "\nLỗi: 0\nKhông rõ (đang gửi khi dịch vụ dừng): 0\nKhông gửi vì đã hủy: 1");
  }

  @Test
  void a_progress_message_that_did_not_arrive_is_never_edited_and_the_summary_still_comes() {
    Broadcast broadcast = create(STAFF_CHAT);
    progress.runOnce();
    settle(lastNotice(), "BLOCKED");
    for (String chat : List.of("1", "2", "3")) {
      settle(bulkRow(broadcast.id(), chat), "SENT");
    }
    clock.advance(Duration.ofSeconds(30));
    progress.runOnce();
    assertThat(notices()).hasSize(1);

    broadcasts.runOnce();
    progress.runOnce();

    assertThat(notices()).hasSize(2).last().asString().startsWith("900 1 new:✅");
  }

  @Test
  void a_broadcast_without_a_progress_chat_tells_nobody() {
    Broadcast broadcast = broadcasts.create(ADMIN, request());
    for (String chat : List.of("1", "2", "3")) {
      settle(bulkRow(broadcast.id(), chat), "SENT");
    }
    broadcasts.runOnce();

    progress.runOnce();

    assertThat(notices()).isEmpty();
  }

  private Broadcast create(String progressChat) {
    return broadcasts.create(ADMIN, request(), progressChat);
  }

  private static BroadcastRequest request() {
    return new BroadcastRequest("Tháng Công nhân", Audience.all(), null, null);
  }

  /** The rows that are no broadcast's: the progress messages and summaries, in order. */
  private List<String> notices() {
    return database
        .jdbc()
        .list(
            "SELECT chat_id || ' ' || priority || ' ' || payload FROM outbox"
                + " WHERE broadcast_id IS NULL ORDER BY id",
            row -> row.getString(1));
  }

  private long lastNotice() {
    return database
        .jdbc()
        .first("SELECT max(id) FROM outbox WHERE broadcast_id IS NULL", row -> row.getLong(1))
        .orElseThrow();
  }

  private long bulkRow(long broadcast, String chat) {
    return database
        .jdbc()
        .first(
            "SELECT id FROM outbox WHERE broadcast_id = ? AND chat_id = ?",
            row -> row.getLong(1),
            broadcast,
            chat)
        .orElseThrow();
  }

  private void deliver(long row, String messageId) {
    database
        .jdbc()
        .update("UPDATE outbox SET state = 'SENT', delivered_id = ? WHERE id = ?", messageId, row);
  }

  private void settle(long row, String state) {
    database.jdbc().update("UPDATE outbox SET state = ? WHERE id = ?", state, row);
  }
}
