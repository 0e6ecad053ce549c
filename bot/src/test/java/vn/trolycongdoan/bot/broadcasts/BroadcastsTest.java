package vn.trolycongdoan.bot.broadcasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.broadcasts.BroadcastException.Reason;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.members.SqliteSubscriberStore;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.tags.Tag;
import vn.trolycongdoan.bot.tags.TagList;

/**
 * Broadcasts on a real SQLite file built by the production migrations, with the bundled unit tree
 * and a clock the test moves. Rows are rendered as their plain text, so the outbox shows what
 * recipients read.
 */
class BroadcastsTest {

  private static final UnitTree UNITS =
      UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv");
  static final TagList TAGS =
      new TagList(List.of(new Tag("phap-luat", "Pháp luật"), new Tag("cham-lo", "Chăm lo")));
  private static final StaffMember ADMIN = new StaffMember("Quản trị", StaffRole.ADMIN, null);
  private static final StaffMember CITY = new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC");
  private static final Instant EARLIER = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path folder;

  private final FakeClock clock = FakeClock.atVietnamTime("2026-12-20T09:00");

  /** A chat whose rendering fails, to stand for a crash in the middle of queueing; or null. */
  private volatile String failingChat;

  private Database database;
  private SqliteSubscriberStore subscribers;
  private Broadcasts broadcasts;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    subscribers = new SqliteSubscriberStore(database);
    broadcasts =
        new Broadcasts(
            database,
            UNITS,
            TAGS,
            new SqliteOutbox(database, Clock.systemUTC()),
            (chat, reply, priority) -> {
              if (chat.equals(failingChat)) {
                throw new IllegalStateException("rendering failed for chat " + chat);
              }
              return List.of(
                  new OutgoingMessage(
                      Channel.TELEGRAM, chat, priority, reply.text().plainText(), null));
            },
            clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void sending_to_all_queues_one_bulk_row_per_subscriber_never_to_those_who_stopped_or_blocked() {
    subscribe("1", "2", "3", "4");
    subscribers.setSubscribed(user("3"), false, EARLIER);
    subscribers.markBlocked(Channel.TELEGRAM, "4");
    subscribers.seen(user("5"), EARLIER);

    Broadcast sent = broadcasts.create(ADMIN, request("Tháng Công nhân 2026", Audience.all()));

    assertThat(sent.state()).isEqualTo(BroadcastState.SENDING);
    assertThat(sent.recipients()).isEqualTo(2);
    assertThat(rows("SELECT chat_id || ' ' || priority || ' ' || payload FROM outbox ORDER BY id"))
        .containsExactly("1 2 Tháng Công nhân 2026", "2 2 Tháng Công nhân 2026");
    assertThat(broadcasts.counts(sent.id())).isEqualTo(new BroadcastCounts(2, 0, 0, 0, 0, 0));
  }

  @Test
  void a_unit_audience_reaches_its_subscribed_reporters_once_each_with_or_without_the_subtree() {
    subscribe("11", "12", "13", "21");
    report("11", "TPLC");
    report("12", "TPLC-01");
    report("12", "TPLC-02");
    report("13", "TPLC-02");
    report("21", "TDG-01");

    Broadcast city = broadcasts.create(ADMIN, request("Cả thành phố", Audience.unit("tplc", true)));
    Broadcast one =
        broadcasts.create(ADMIN, request("Một đơn vị", Audience.unit("TPLC-02", false)));

    assertThat(city.recipients()).isEqualTo(3);
    assertThat(chatsOf(city)).containsExactly("11", "12", "13");
    assertThat(chatsOf(one)).containsExactly("12", "13");
  }

  @Test
  void
      a_tag_audience_reaches_the_subscribed_chats_that_chose_it_never_those_who_stopped_or_blocked() {
    subscribe("1", "2", "3", "4", "5");
    tag("1", "phap-luat");
    tag("2", "cham-lo");
    tag("3", "phap-luat");
    tag("4", "phap-luat");
    tag("5", "phap-luat");
    tag("5", "cham-lo");
    subscribers.setSubscribed(user("3"), false, EARLIER);
    subscribers.markBlocked(Channel.TELEGRAM, "4");

    Broadcast law = broadcasts.create(ADMIN, request("Luật mới", Audience.tag("phap-luat")));

    assertThat(law.recipients()).isEqualTo(2);
    assertThat(chatsOf(law)).containsExactly("1", "5");
  }

  @Test
  void an_unknown_tag_is_refused_naming_the_tags_and_a_staff_token_may_not_send_by_tag() {
    subscribe("1");
    tag("1", "phap-luat");

    assertThatThrownBy(() -> broadcasts.create(ADMIN, request("x", Audience.tag("the-thao"))))
        .isInstanceOfSatisfying(
            BroadcastException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_REQUEST))
        .hasMessageContaining("Không có chủ đề mã \"the-thao\"")
        .hasMessageContaining("phap-luat (Pháp luật), cham-lo (Chăm lo)");
    assertThatThrownBy(() -> broadcasts.create(CITY, request("x", Audience.tag("phap-luat"))))
        .isInstanceOfSatisfying(
            BroadcastException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OUTSIDE_SUBTREE))
        .hasMessageContaining("theo chủ đề");
    assertThat(rows("SELECT count(*) FROM broadcasts")).containsExactly("0");
  }

  @Test
  void a_staff_token_reaches_its_subtree_only_and_never_all() {
    subscribe("11");
    report("11", "TPLC-01");

    assertThatThrownBy(() -> broadcasts.create(CITY, request("x", Audience.all())))
        .isInstanceOfSatisfying(
            BroadcastException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OUTSIDE_SUBTREE))
        .hasMessageContaining("Chỉ quản trị viên");
    assertThatThrownBy(() -> broadcasts.create(CITY, request("x", Audience.unit("TDG", true))))
        .isInstanceOfSatisfying(
            BroadcastException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OUTSIDE_SUBTREE))
        .hasMessage(
            "Mã truy cập này chỉ gửi được cho các đơn vị thuộc TPLC, không gửi được cho TDG.");
    Broadcast own = broadcasts.create(CITY, request("x", Audience.unit("TPLC-01", false)));
    Broadcast everyone = broadcasts.create(ADMIN, request("y", Audience.all()));

    assertThat(broadcasts.visibleTo(CITY)).extracting(Broadcast::id).containsExactly(own.id());
    assertThat(broadcasts.visibleTo(ADMIN)).hasSize(2);
    assertThatThrownBy(() -> broadcasts.get(CITY, everyone.id()))
        .isInstanceOfSatisfying(
            BroadcastException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    assertThat(rows("SELECT count(*) FROM outbox")).containsExactly("2");
  }

  @Test
  void an_unknown_unit_or_nobody_to_send_to_is_refused_and_nothing_is_stored() {
    assertThatThrownBy(() -> broadcasts.create(ADMIN, request("x", Audience.unit("KHONGCO", true))))
        .hasMessage("Không có đơn vị mã \"KHONGCO\"; xem danh sách bằng lệnh units.");
    assertThatThrownBy(() -> broadcasts.create(ADMIN, request("x", Audience.all())))
        .hasMessageStartingWith("Không có ai nhận");

    assertThat(rows("SELECT count(*) FROM broadcasts")).containsExactly("0");
  }

  @Test
  void a_scheduled_broadcast_starts_once_when_its_time_comes_with_the_recipients_of_that_moment() {
    subscribe("1");
    Broadcast scheduled =
        broadcasts.create(ADMIN, request("Tết Sum vầy", Audience.all(), "2026-12-24T08:00"));
    assertThat(scheduled.state()).isEqualTo(BroadcastState.SCHEDULED);
    assertThat(scheduled.sendAt()).isEqualTo(Instant.parse("2026-12-24T01:00:00Z"));

    clock.set("2026-12-24T07:59");
    assertThat(broadcasts.runOnce()).isZero();
    subscribe("2");
    clock.set("2026-12-24T08:00");
    assertThat(broadcasts.runOnce()).isEqualTo(1);
    assertThat(broadcasts.runOnce()).isZero();

    Broadcast started = broadcasts.get(ADMIN, scheduled.id());
    assertThat(started.state()).isEqualTo(BroadcastState.SENDING);
    assertThat(started.recipients()).isEqualTo(2);
    assertThat(chatsOf(started)).containsExactly("1", "2");
  }

  @Test
  void a_failure_midway_through_queueing_leaves_no_row_and_the_schedule_to_try_again() {
    subscribe("1", "2", "3");
    failingChat = "3";

    assertThatThrownBy(() -> broadcasts.create(ADMIN, request("x", Audience.all())))
        .isInstanceOf(IllegalStateException.class);
    assertThat(rows("SELECT count(*) FROM broadcasts")).containsExactly("0");
    assertThat(rows("SELECT count(*) FROM outbox")).containsExactly("0");

    Broadcast scheduled =
        broadcasts.create(ADMIN, request("y", Audience.all(), "2026-12-20T10:00"));
    clock.set("2026-12-20T10:00");
    assertThat(broadcasts.runOnce()).isZero();
    assertThat(broadcasts.get(ADMIN, scheduled.id()).state()).isEqualTo(BroadcastState.SCHEDULED);
    assertThat(rows("SELECT count(*) FROM outbox")).containsExactly("0");

    failingChat = null;
    assertThat(broadcasts.runOnce()).isEqualTo(1);
    assertThat(broadcasts.runOnce()).isZero();
    assertThat(chatsOf(scheduled)).containsExactly("1", "2", "3");
  }

  @Test
  void a_send_time_already_past_is_refused() {
    subscribe("1");

    assertThatThrownBy(
            () -> broadcasts.create(ADMIN, request("x", Audience.all(), "2026-12-20T08:59")))
        .isInstanceOfSatisfying(
            BroadcastException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_REQUEST))
        .hasMessageContaining("đã qua");
  }

  @Test
  void pausing_holds_the_queued_rows_resuming_queues_them_again_and_cancelling_ends_them() {
    subscribe("1", "2", "3");
    Broadcast broadcast = broadcasts.create(ADMIN, request("x", Audience.all()));
    database.jdbc().update("UPDATE outbox SET state = 'SENT' WHERE chat_id = '1'");

    broadcasts.pause(ADMIN, broadcast.id());
    assertThat(states(broadcast)).containsExactly("SENT", "PAUSED", "PAUSED");
    assertThat(broadcasts.counts(broadcast.id())).isEqualTo(new BroadcastCounts(2, 1, 0, 0, 0, 0));
    assertThatThrownBy(() -> broadcasts.pause(ADMIN, broadcast.id()))
        .isInstanceOfSatisfying(
            BroadcastException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE))
        .hasMessage("Không thể tạm dừng đợt phát tin số 1: đợt này đang tạm dừng.");

    broadcasts.resume(ADMIN, broadcast.id());
    assertThat(states(broadcast)).containsExactly("SENT", "QUEUED", "QUEUED");

    Broadcast cancelled = broadcasts.cancel(ADMIN, broadcast.id());
    assertThat(cancelled.state()).isEqualTo(BroadcastState.CANCELLED);
    assertThat(states(broadcast)).containsExactly("SENT", "CANCELLED", "CANCELLED");
    assertThat(broadcasts.counts(broadcast.id())).isEqualTo(new BroadcastCounts(0, 1, 0, 0, 0, 2));
    assertThatThrownBy(() -> broadcasts.resume(ADMIN, broadcast.id()))
        .hasMessageContaining("đã bị hủy");
  }

  @Test
  void a_broadcast_is_done_once_every_row_has_settled() {
    subscribe("1", "2");
    Broadcast broadcast = broadcasts.create(ADMIN, request("x", Audience.all()));
    database.jdbc().update("UPDATE outbox SET state = 'SENT' WHERE chat_id = '1'");
    broadcasts.runOnce();
    assertThat(broadcasts.get(ADMIN, broadcast.id()).state()).isEqualTo(BroadcastState.SENDING);

    database.jdbc().update("UPDATE outbox SET state = 'BLOCKED' WHERE chat_id = '2'");
    broadcasts.runOnce();

    assertThat(broadcasts.get(ADMIN, broadcast.id()).state()).isEqualTo(BroadcastState.DONE);
    assertThat(broadcasts.counts(broadcast.id())).isEqualTo(new BroadcastCounts(0, 1, 1, 0, 0, 0));
  }

  private void subscribe(String... chats) {
    for (String chat : chats) {
      subscribers.setSubscribed(user(chat), true, clock.instant());
      clock.advance(java.time.Duration.ofSeconds(1));
    }
  }

  private void report(String user, String unit) {
    database
        .jdbc()
        .update(
            "INSERT INTO reporters (channel, user_id, unit_code, registered_at) VALUES (?, ?, ?, 0)",
            Channel.TELEGRAM,
            user,
            unit);
  }

  private void tag(String chat, String key) {
    database
        .jdbc()
        .update(
            "INSERT INTO member_tags (channel, chat_id, tag, chosen_at) VALUES (?, ?, ?, 0)",
            Channel.TELEGRAM,
            chat,
            key);
  }

  private static ChatUser user(String chat) {
    return new ChatUser(Channel.TELEGRAM, chat, chat, "Đoàn viên " + chat);
  }

  private BroadcastRequest request(String text, Audience audience) {
    return new BroadcastRequest(text, audience, null, null);
  }

  private BroadcastRequest request(String text, Audience audience, String vietnamTime) {
    return new BroadcastRequest(
        text,
        audience,
        java.time.LocalDateTime.parse(vietnamTime)
            .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
            .toInstant(),
        vietnamTime);
  }

  private List<String> chatsOf(Broadcast broadcast) {
    return rows("SELECT chat_id FROM outbox WHERE broadcast_id = ? ORDER BY id", broadcast.id());
  }

  private List<String> states(Broadcast broadcast) {
    return rows("SELECT state FROM outbox WHERE broadcast_id = ? ORDER BY id", broadcast.id());
  }

  private List<String> rows(String sql, Object... params) {
    return database.jdbc().list(sql, row -> row.getString(1), params);
  }
}
