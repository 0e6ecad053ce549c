package vn.trolycongdoan.bot.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.telegram.TelegramReplies;

/**
 * The kiến nghị inbox on real SQLite with the real outbox and Telegram rendering: what each staff
 * account sees, the filters and pages, and a reply queued with its record.
 */
class SuggestionInboxTest {

  private static final UnitTree UNITS =
      UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv");
  private static final StaffMember ADMIN = new StaffMember("Quản trị", StaffRole.ADMIN, null);
  private static final StaffMember CITY = new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC");
  private static final StaffMember TAM_DUONG = new StaffMember("Chị Hoa", StaffRole.STAFF, "TDG");
  private static final ChatUser HUONG = new ChatUser(Channel.TELEGRAM, "42", "42", "Hương");
  private static final ChatUser GUEST = new ChatUser(Channel.WEB, "web-7f3a", "web-7f3a", "");
  private static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(1)>";

  @TempDir Path folder;

  private Database database;
  private SqliteSuggestionStore store;
  private FakeClock clock;
  private SuggestionInbox inbox;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    store = new SqliteSuggestionStore(database);
    clock = FakeClock.atVietnamTime("2026-11-25T10:00");
    inbox =
        new SuggestionInbox(
            database,
            UNITS,
            new SqliteOutbox(database, Clock.systemUTC()),
            new TelegramReplies()::pushed,
            clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void staff_see_their_subtrees_kien_nghi_and_admins_also_those_of_no_unit() {
    Suggestion city = add(HUONG, "TPLC-01", "Đề nghị sửa mái nhà xe.", "2026-11-20T08:00");
    Suggestion district = add(HUONG, "TDG-02", "Đề nghị khám sức khỏe ca đêm.", "2026-11-21T08:00");
    Suggestion nobody = add(GUEST, null, "Cần thêm chỗ gửi xe máy.", "2026-11-22T08:00");

    assertThat(ids(inbox.list(ADMIN, all())))
        .containsExactly(nobody.id(), district.id(), city.id());
    assertThat(ids(inbox.list(CITY, all()))).containsExactly(city.id());
    assertThat(ids(inbox.list(TAM_DUONG, all()))).containsExactly(district.id());
    assertThat(inbox.thread(CITY, district.id())).isEmpty();
    assertThat(inbox.thread(CITY, nobody.id())).isEmpty();
    assertThat(inbox.thread(TAM_DUONG, district.id())).isPresent();
    assertThat(inbox.thread(ADMIN, nobody.id())).isPresent();
  }

  @Test
  void another_districts_staff_can_neither_reply_nor_change_the_status() {
    Suggestion district = add(HUONG, "TDG-02", "Đề nghị khám sức khỏe ca đêm.", "2026-11-21T08:00");

    assertThat(inbox.reply(CITY, district.id(), "Đã xem.")).isEmpty();
    assertThat(inbox.setStatus(CITY, district.id(), SuggestionStatus.IN_PROGRESS)).isEmpty();

    assertThat(count("SELECT count(*) FROM outbox")).isZero();
    assertThat(count("SELECT count(*) FROM suggestion_replies")).isZero();
    InboxEntry unchanged = inbox.thread(ADMIN, district.id()).orElseThrow().entry();
    assertThat(unchanged.status()).isEqualTo(SuggestionStatus.NEW);
    assertThat(unchanged.statusBy()).isNull();
  }

  @Test
  void a_reply_is_queued_to_the_members_chat_kept_and_answers_the_kien_nghi_in_one_go() {
    Suggestion sent = add(HUONG, "TPLC-02", "Nhà xe bị dột " + SCRIPT, "2026-11-20T08:00");

    SuggestionThread thread =
        inbox.reply(CITY, sent.id(), "  Công đoàn đã đề nghị sửa. " + SCRIPT + "  ").orElseThrow();

    assertThat(thread.entry().status()).isEqualTo(SuggestionStatus.ANSWERED);
    assertThat(thread.entry().statusBy()).isEqualTo("Anh Minh");
    assertThat(thread.entry().statusAt()).isEqualTo(clock.instant());
    assertThat(thread.replies())
        .singleElement()
        .satisfies(
            reply -> {
              assertThat(reply.text()).isEqualTo("Công đoàn đã đề nghị sửa. " + SCRIPT);
              assertThat(reply.by()).isEqualTo("Anh Minh");
              assertThat(reply.at()).isEqualTo(clock.instant());
              assertThat(reply.delivery()).isEqualTo(Delivery.QUEUED);
            });
    List<String> rows =
        database
            .jdbc()
            .list(
                "SELECT chat_id || ' ' || priority || ' ' || payload FROM outbox",
                row -> row.getString(1));
    assertThat(rows)
        .singleElement()
        .asString()
        .startsWith("42 0 ")
        .contains("Công đoàn trả lời kiến nghị <b>KN-000001</b> của bạn")
        .contains("Nhà xe bị dột &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("Công đoàn đã đề nghị sửa. &lt;script&gt;")
        .doesNotContain("<script>", "<img");
  }

  @Test
  void the_delivery_follows_the_outbox_row_until_it_is_pruned() {
    Suggestion sent = add(HUONG, "TPLC-02", "Nhà xe bị dột khi mưa.", "2026-11-20T08:00");
    inbox.reply(ADMIN, sent.id(), "Đã đề nghị sửa.");

    database.jdbc().update("UPDATE outbox SET state = 'SENT'");
    Delivery afterSending = onlyReply(sent).delivery();
    database.jdbc().update("UPDATE outbox SET state = 'BLOCKED'");
    Delivery afterBlocking = onlyReply(sent).delivery();
    database.jdbc().update("DELETE FROM outbox");

    assertThat(afterSending).isEqualTo(Delivery.SENT);
    assertThat(afterBlocking).isEqualTo(Delivery.BLOCKED);
    assertThat(onlyReply(sent).delivery()).isEqualTo(Delivery.EXPIRED);
  }

  @Test
  void a_reply_to_the_web_chat_is_kept_as_undeliverable_and_nothing_is_queued() {
    Suggestion web = add(GUEST, null, "Cần thêm chỗ gửi xe máy.", "2026-11-22T08:00");

    SuggestionThread thread = inbox.reply(ADMIN, web.id(), "Đã chuyển ban quản lý.").orElseThrow();

    assertThat(thread.deliverable()).isFalse();
    assertThat(thread.replies())
        .extracting(SuggestionReply::delivery)
        .containsExactly(Delivery.UNDELIVERABLE);
    assertThat(thread.entry().status()).isEqualTo(SuggestionStatus.ANSWERED);
    assertThat(count("SELECT count(*) FROM outbox")).isZero();
  }

  @Test
  void a_blank_or_too_long_reply_is_refused_and_nothing_is_stored() {
    Suggestion sent = add(HUONG, "TPLC-02", "Nhà xe bị dột khi mưa.", "2026-11-20T08:00");

    assertThatThrownBy(() -> inbox.reply(ADMIN, sent.id(), "  \n "))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("Bạn hãy viết nội dung trả lời trước khi gửi.");
    assertThatThrownBy(() -> inbox.reply(ADMIN, sent.id(), "ư".repeat(3001)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("3001 ký tự, tối đa 3000");
    assertThat(count("SELECT count(*) FROM suggestion_replies")).isZero();
    assertThat(count("SELECT count(*) FROM outbox")).isZero();
  }

  @Test
  void the_status_is_set_by_hand_with_who_and_when() {
    Suggestion sent = add(HUONG, "TPLC-02", "Nhà xe bị dột khi mưa.", "2026-11-20T08:00");

    InboxEntry entry =
        inbox.setStatus(CITY, sent.id(), SuggestionStatus.IN_PROGRESS).orElseThrow().entry();

    assertThat(entry.status()).isEqualTo(SuggestionStatus.IN_PROGRESS);
    assertThat(entry.statusBy()).isEqualTo("Anh Minh");
    assertThat(entry.statusAt()).isEqualTo(clock.instant());
    assertThat(ids(inbox.list(CITY, InboxFilter.parse("in_progress", null, null, null, null))))
        .containsExactly(sent.id());
    assertThat(ids(inbox.list(CITY, InboxFilter.parse("new", null, null, null, null)))).isEmpty();
  }

  @Test
  void words_are_found_in_the_text_the_name_or_the_reference_however_they_are_typed() {
    Suggestion night =
        add(HUONG, "TPLC-01", "Đề nghị khám sức khỏe cho CA ĐÊM.", "2026-11-20T08:00");
    Suggestion roof = add(GUEST, "TPLC-01", "Mái nhà xe bị dột.", "2026-11-21T08:00");

    assertThat(ids(inbox.list(ADMIN, words("ca dem")))).containsExactly(night.id());
    assertThat(ids(inbox.list(ADMIN, words("Hương")))).containsExactly(night.id());
    assertThat(ids(inbox.list(ADMIN, words("kn-000002")))).containsExactly(roof.id());
    assertThat(ids(inbox.list(ADMIN, words("lương")))).isEmpty();
  }

  @Test
  void the_days_are_vietnam_days_with_both_ends_included() {
    add(HUONG, "TPLC-01", "Trước kỳ một chút.", "2026-11-19T23:59");
    Suggestion first = add(HUONG, "TPLC-01", "Đầu ngày đầu tiên.", "2026-11-20T00:00");
    Suggestion last = add(HUONG, "TPLC-01", "Cuối ngày cuối cùng.", "2026-11-21T23:59");
    add(HUONG, "TPLC-01", "Sang ngày sau rồi.", "2026-11-22T00:00");

    InboxPage page =
        inbox.list(ADMIN, InboxFilter.parse(null, null, "2026-11-20", "2026-11-21", null));

    assertThat(ids(page)).containsExactly(last.id(), first.id());
  }

  @Test
  void pages_hold_twenty_newest_first() {
    for (int i = 0; i < 45; i++) {
      add(HUONG, "TPLC-01", "Kiến nghị số " + i, "2026-11-20T08:00");
    }

    InboxPage first = inbox.list(ADMIN, all());
    InboxPage third = inbox.list(ADMIN, InboxFilter.parse(null, null, null, null, "3"));
    InboxPage beyond = inbox.list(ADMIN, InboxFilter.parse(null, null, null, null, "9"));

    assertThat(first.total()).isEqualTo(45);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.entries()).hasSize(20);
    assertThat(first.entries().get(0).suggestion().reference()).isEqualTo("KN-000045");
    assertThat(ids(third)).containsExactly(5L, 4L, 3L, 2L, 1L);
    assertThat(beyond.entries()).isEmpty();
  }

  @Test
  void bad_filters_are_refused_naming_the_parameter() {
    assertThatThrownBy(() -> InboxFilter.parse("closed", null, null, null, null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Trạng thái \"closed\" không hợp lệ");
    assertThatThrownBy(() -> InboxFilter.parse(null, null, "20/11", null, null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("(from)");
    assertThatThrownBy(() -> InboxFilter.parse(null, null, "2026-11-21", "2026-11-20", null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("đứng trước");
    assertThatThrownBy(() -> InboxFilter.parse(null, null, null, null, "0"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Số trang \"0\"");
  }

  @Test
  void a_staff_account_whose_unit_left_the_file_is_refused() {
    StaffMember gone = new StaffMember("Cũ", StaffRole.STAFF, "GONE");

    assertThatThrownBy(() -> inbox.list(gone, all()))
        .isInstanceOf(StaffRequestException.class)
        .hasMessageContaining("GONE");
  }

  private Suggestion add(ChatUser from, String unit, String text, String vietnamTime) {
    return store.add(from, unit, text, FakeClock.atVietnamTime(vietnamTime).instant());
  }

  private SuggestionReply onlyReply(Suggestion suggestion) {
    return inbox.thread(ADMIN, suggestion.id()).orElseThrow().replies().get(0);
  }

  private int count(String sql) {
    return database.jdbc().first(sql, row -> row.getInt(1)).orElseThrow();
  }

  private static InboxFilter all() {
    return InboxFilter.parse(null, null, null, null, null);
  }

  private static InboxFilter words(String words) {
    return InboxFilter.parse(null, words, null, null, null);
  }

  private static List<Long> ids(InboxPage page) {
    return page.entries().stream().map(entry -> entry.suggestion().id()).toList();
  }
}
