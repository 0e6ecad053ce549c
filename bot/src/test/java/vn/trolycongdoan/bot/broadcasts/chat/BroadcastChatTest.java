package vn.trolycongdoan.bot.broadcasts.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.chat.Attachment;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatRouter;
import vn.trolycongdoan.bot.chat.ChatTurns;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FloodControl;
import vn.trolycongdoan.bot.chat.IncomingMessage;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.config.FloodLimit;
import vn.trolycongdoan.bot.members.SqliteSubscriberStore;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.tags.Tag;
import vn.trolycongdoan.bot.tags.TagList;
import vn.trolycongdoan.bot.telegram.TelegramReplies;

/**
 * Composing and steering broadcasts in chat behind the real chat router, on a real SQLite file with
 * the bundled units, one admin configured and a staff member of TDG, at 16:00 on 1 December 2026 in
 * Việt Nam. Rows are rendered as Telegram's, so the outbox holds what recipients get.
 */
class BroadcastChatTest {

  private static final TagList TAGS =
      new TagList(List.of(new Tag("phap-luat", "Pháp luật"), new Tag("cham-lo", "Chăm lo")));
  private static final UnitTree UNITS =
      UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv");
  private static final ChatUser ADMIN = new ChatUser(Channel.TELEGRAM, "9001", "9001", "Chị Hoa");
  private static final ChatUser MINH = new ChatUser(Channel.TELEGRAM, "502", "502", "Anh Minh");
  private static final ChatUser LAN = new ChatUser(Channel.TELEGRAM, "501", "501", "Chị Lan");
  private static final Attachment PHOTO = new Attachment(Attachment.Kind.PHOTO, "AgACAgIAAxkBAAIB");

  @TempDir Path folder;

  private final FakeClock clock = FakeClock.atVietnamTime("2026-12-01T16:00");
  private Database database;
  private ChatRouter router;
  private ChatTurns turns;
  private BroadcastChat chat;
  private Broadcasts broadcasts;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    SqliteSubscriberStore subscribers = new SqliteSubscriberStore(database);
    for (String member : List.of("11", "12", "13")) {
      subscribers.setSubscribed(
          new ChatUser(Channel.TELEGRAM, member, member, "Đoàn viên"), true, clock.instant());
    }
    database
        .jdbc()
        .update(
            "INSERT INTO reporters (channel, user_id, unit_code, registered_at)"
                + " VALUES ('TELEGRAM', '12', 'TDG-01', 0), ('TELEGRAM', '13', 'PTO-01', 0)");
    database
        .jdbc()
        .update(
            "INSERT INTO staff_roles (channel, user_id, unit_code, granted_by, granted_at)"
                + " VALUES ('TELEGRAM', '502', 'TDG', '9001', 0)");
    restart();
  }

  /** A new router and chat over the same database, as after a restart of the service. */
  private void restart() {
    StaffRoles roles = new StaffRoles(List.of(9001L), database, UNITS);
    broadcasts =
        new Broadcasts(
            database,
            UNITS,
            TAGS,
            new SqliteOutbox(database, Clock.systemUTC()),
            new TelegramReplies()::pushed,
            clock);
    chat = new BroadcastChat(broadcasts, roles, UNITS, database, TAGS, clock);
    ChatRouter.Builder builder =
        ChatRouter.builder(
                new FloodControl(
                    new FloodLimit(1000, 1000, Duration.ofMinutes(1)), TimeMeter.SYSTEM_NANOTIME),
                chat.plainText((from, text) -> ChatResponse.text("question")))
            .attachments(chat.attachments())
            .buttons(chat.buttons());
    chat.commands().forEach(builder::command);
    router = builder.build();
    turns = new ChatTurns(router);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void a_sender_who_is_not_staff_is_refused_and_their_text_stays_a_question() {
    assertThat(turns.say(LAN, "/phatsong"))
        .startsWith("Lệnh này dành cho cán bộ Công đoàn đã được cấp quyền")
        .contains("Mã người dùng Telegram của bạn: 501");
    assertThat(turns.say(LAN, "/chiendich")).startsWith("Lệnh này dành cho cán bộ");
    ChatUser web = new ChatUser(Channel.WEB, "web:1", "9001", "");
    assertThat(turns.say(web, "/phatsong")).startsWith("Soạn và gửi tin cho thành viên chỉ làm");
    assertThat(turns.say(LAN, "Tháng Công nhân")).isEqualTo("question");
    assertThat(
            responses(IncomingMessage.attachment(LAN, PHOTO, ""))
                .replies()
                .get(0)
                .text()
                .plainText())
        .startsWith("Mình chỉ đọc được tin nhắn chữ");
    assertThat(count("SELECT count(*) FROM broadcast_drafts")).isZero();
  }

  @Test
  void an_admin_sends_a_text_to_everyone_and_a_second_press_of_send_now_sends_nothing_more() {
    assertThat(turns.say(ADMIN, "/phatsong")).startsWith("📣 Soạn tin gửi thành viên");
    Reply audience = turns.reply(ADMIN, "Tháng Công nhân 2026: mời đoàn viên tham gia.");
    assertThat(labels(audience))
        .containsExactly(
            "👥 Tất cả người nhận tin",
            "🏢 Một đơn vị và các đơn vị trực thuộc",
            "🏠 Chỉ một đơn vị",
            "🏷 Chủ đề: Pháp luật",
            "🏷 Chủ đề: Chăm lo",
            "✖ Hủy");

    List<Reply> preview = press(ADMIN, audience, 0).replies();
    assertThat(preview).hasSize(2);
    assertThat(preview.get(0).text().plainText())
        .isEqualTo("Tháng Công nhân 2026: mời đoàn viên tham gia.");
    assertThat(preview.get(0).keyboard()).isEmpty();
    assertThat(preview.get(1).text().plainText())
        .contains("tất cả người nhận tin")
        .contains("Hiện có 3 người nhận.");
    assertThat(labels(preview.get(1))).containsExactly("🚀 Gửi ngay", "⏰ Hẹn giờ", "✖ Hủy");

    Reply started = only(press(ADMIN, preview.get(1), 0));
    assertThat(started.text().plainText())
        .isEqualTo(
            "✅ Đã bắt đầu gửi đợt phát tin số 1 cho 3 người nhận. Theo dõi, tạm dừng hoặc hủy"
                + " bằng /chiendich.");
    assertThat(started.replacesPressed()).isTrue();
    ChatResponse again = press(ADMIN, preview.get(1), 0);
    assertThat(again.replies()).isEmpty();
    assertThat(again.notice()).contains("đợt phát tin số 1", "không gửi thêm");
    assertThat(count("SELECT count(*) FROM broadcasts")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM outbox WHERE broadcast_id = 1")).isEqualTo(3);
    assertThat(turns.say(ADMIN, "một câu hỏi")).isEqualTo("question");
  }

  @Test
  void
      a_photo_with_its_caption_is_previewed_and_queued_as_recipients_get_it_even_after_a_restart() {
    turns.say(ADMIN, "/phatsong");
    String longCaption = "Ảnh. ".repeat(210);
    assertThat(responses(IncomingMessage.attachment(ADMIN, PHOTO, longCaption)).replies())
        .singleElement()
        .satisfies(
            reply ->
                assertThat(reply.text().plainText())
                    .startsWith("Chú thích dài 1049 ký tự, quá giới hạn 1024 ký tự"));
    Reply audience = only(responses(IncomingMessage.attachment(ADMIN, PHOTO, "Tết Sum vầy 2027")));

    restart();
    List<Reply> preview = press(ADMIN, audience, 0).replies();
    assertThat(preview.get(0).attachment()).isEqualTo(PHOTO);
    assertThat(preview.get(0).text().plainText()).isEqualTo("Tết Sum vầy 2027");
    restart();
    press(ADMIN, preview.get(1), 0);

    assertThat(
            database
                .jdbc()
                .list(
                    "SELECT payload FROM outbox WHERE broadcast_id = 1 ORDER BY id",
                    row -> row.getString(1)))
        .hasSize(3)
        .allSatisfy(
            payload ->
                assertThat(payload)
                    .contains("\"html\":\"Tết Sum vầy 2027\"")
                    .contains("\"kind\":\"PHOTO\",\"fileId\":\"AgACAgIAAxkBAAIB\""));
  }

  @Test
  void a_district_staff_member_picks_a_unit_of_their_subtree_with_buttons_or_by_its_code() {
    turns.say(MINH, "/phatsong");
    Reply audience = turns.reply(MINH, "Họp Ban Chấp hành");
    assertThat(labels(audience)).doesNotContain("👥 Tất cả người nhận tin");

    Reply picker = only(press(MINH, audience, 0));
    assertThat(picker.text().plainText()).contains("Đang xem: TDG");
    assertThat(labels(picker).get(0)).startsWith("✅ Chọn TDG — ");
    assertThat(labels(picker)).anySatisfy(label -> assertThat(label).startsWith("TDG-01 — "));
    assertThat(turns.say(MINH, "PTO-01")).startsWith("Bạn chỉ gửi được cho các đơn vị thuộc TDG");
    assertThat(turns.say(MINH, "XYZ")).startsWith("Không có đơn vị mã \"XYZ\"");

    List<Reply> preview = router.handle(IncomingMessage.text(MINH, "tdg-01")).replies();
    assertThat(preview.get(1).text().plainText())
        .contains("người báo cáo của TDG-01")
        .contains("và các đơn vị trực thuộc")
        .contains("Hiện có 1 người nhận.");
    List<Reply> whole = press(MINH, picker, 0).replies();
    assertThat(whole.get(1).text().plainText()).contains("người báo cáo của TDG —");
  }

  @Test
  void a_scheduled_time_is_read_in_vietnam_time_and_past_or_nonsense_times_are_refused() {
    turns.say(ADMIN, "/phatsong");
    Reply audience = turns.reply(ADMIN, "Mái ấm Công đoàn");
    Reply choice = press(ADMIN, audience, 0).replies().get(1);
    assertThat(only(press(ADMIN, choice, 1)).text().plainText()).startsWith("⏰ Gửi lúc nào?");

    assertThat(turns.say(ADMIN, "sáng mai")).startsWith("Không hiểu thời điểm \"sáng mai\"");
    assertThat(turns.say(ADMIN, "31/02 08:00")).startsWith("Không hiểu thời điểm");
    assertThat(turns.say(ADMIN, "01/12/2026 08:00"))
        .startsWith("Thời điểm 08:00 ngày 01/12/2026 đã qua");
    assertThat(turns.say(ADMIN, "24/12 8h"))
        .startsWith(
            "⏰ Đã hẹn giờ: đợt phát tin số 1 sẽ gửi lúc 08:00 ngày 24/12/2026 (giờ Việt Nam)");
    assertThat(
            database
                .jdbc()
                .list("SELECT state || ' ' || send_at FROM broadcasts", row -> row.getString(1)))
        .containsExactly(
            "SCHEDULED " + java.time.Instant.parse("2026-12-24T01:00:00Z").toEpochMilli());
    assertThat(turns.say(ADMIN, "24/12 9h")).isEqualTo("question");
  }

  @Test
  void a_scheduled_photo_broadcast_starts_at_its_time_with_its_photo() {
    turns.say(ADMIN, "/phatsong");
    Reply audience = only(responses(IncomingMessage.attachment(ADMIN, PHOTO, "")));
    List<Reply> preview = press(ADMIN, audience, 0).replies();
    assertThat(preview.get(0).text().plainText()).isEmpty();
    press(ADMIN, preview.get(1), 1);
    assertThat(turns.say(ADMIN, "8h 24/12")).contains("08:00 ngày 24/12/2026");
    assertThat(turns.reply(ADMIN, "/chiendich").text().plainText())
        .contains("Số 1 · ⏰ chờ giờ hẹn · tất cả người nhận tin")
        .contains("🖼 ảnh")
        .contains("Gửi lúc 08:00 ngày 24/12/2026 · 3 người nhận");

    clock.set("2026-12-24T07:59");
    assertThat(broadcasts.runOnce()).isZero();
    clock.set("2026-12-24T08:00");
    assertThat(broadcasts.runOnce()).isEqualTo(1);

    assertThat(
            database
                .jdbc()
                .list("SELECT payload FROM outbox WHERE broadcast_id = 1", row -> row.getString(1)))
        .hasSize(3)
        .allSatisfy(payload -> assertThat(payload).contains("\"fileId\":\"AgACAgIAAxkBAAIB\""));
  }

  @Test
  void the_campaign_list_pauses_resumes_and_cancels_and_is_shown_again_after_each_press() {
    Reply audience = turns.reply(ADMIN, "/phatsong Tháng Công nhân");
    press(ADMIN, press(ADMIN, audience, 0).replies().get(1), 0);

    Reply list = turns.reply(ADMIN, "/chiendich");
    assertThat(list.text().plainText())
        .contains("Số 1 · ▶ đang gửi · tất cả người nhận tin")
        .contains("«Tháng Công nhân»")
        .contains("Đã gửi 0/3 · chặn bot 0 · lỗi 0 · còn chờ 3");
    assertThat(labels(list)).containsExactly("⏸ Dừng số 1", "✖ Hủy số 1");

    ChatResponse paused = press(ADMIN, list, 0);
    assertThat(paused.notice()).isEqualTo("Đã tạm dừng đợt số 1.");
    Reply pausedList = paused.replies().get(0);
    assertThat(pausedList.replacesPressed()).isTrue();
    assertThat(pausedList.text().plainText()).contains("Số 1 · ⏸ tạm dừng");
    assertThat(labels(pausedList)).containsExactly("▶ Tiếp tục số 1", "✖ Hủy số 1");
    assertThat(press(ADMIN, list, 0).notice()).startsWith("Không thể tạm dừng đợt phát tin số 1");

    assertThat(press(ADMIN, pausedList, 0).replies().get(0).text().plainText())
        .contains("▶ đang gửi");
    ChatResponse cancelled = press(ADMIN, pausedList, 1);
    assertThat(cancelled.notice()).isEqualTo("Đã hủy đợt số 1.");
    assertThat(cancelled.replies().get(0).text().plainText())
        .startsWith("Không có đợt phát tin nào đang gửi");
    assertThat(turns.say(MINH, "/chiendich")).startsWith("Không có đợt phát tin nào");
  }

  @Test
  void a_draft_left_for_a_week_is_dropped_and_its_buttons_say_so() {
    turns.say(ADMIN, "/phatsong");
    Reply audience = turns.reply(ADMIN, "Tin cũ");
    clock.advance(Duration.ofDays(6));
    assertThat(chat.removeExpired()).isZero();
    clock.advance(Duration.ofDays(2));

    assertThat(chat.removeExpired()).isEqualTo(1);
    ChatResponse gone = press(ADMIN, audience, 0);
    assertThat(gone.replies()).isEmpty();
    assertThat(gone.notice()).startsWith("Bản nháp này không còn");
    assertThat(turns.say(ADMIN, "Tin cũ")).isEqualTo("question");
  }

  private ChatResponse responses(IncomingMessage message) {
    return router.handle(message);
  }

  private ChatResponse press(ChatUser user, Reply under, int button) {
    List<Button> buttons = under.keyboard().stream().flatMap(List::stream).toList();
    return router.handle(IncomingMessage.button(user, buttons.get(button).data()));
  }

  private static Reply only(ChatResponse response) {
    assertThat(response.replies()).hasSize(1);
    return response.replies().get(0);
  }

  private static List<String> labels(Reply reply) {
    return reply.keyboard().stream().flatMap(List::stream).map(Button::label).toList();
  }

  private int count(String sql) {
    return database.jdbc().first(sql, row -> row.getInt(1)).orElseThrow();
  }
}
