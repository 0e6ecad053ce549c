package vn.trolycongdoan.bot.reports.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import vn.trolycongdoan.bot.config.DeadlineSettings;
import vn.trolycongdoan.bot.config.DeadlineSettings.DueDay;
import vn.trolycongdoan.bot.config.FloodLimit;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.catalogue.CatalogueReader;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;

/** The reporter's chat behind the real chat router, on a real SQLite file and the bundled files. */
class ReportChatTest {

  private static final ReportingFiles FILES =
      new ReportingFiles(
          CatalogueReader.read(BundledDefaults.indicators().orElseThrow(), "indicators.yaml"),
          UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv"));
  private static final Deadlines DEADLINES =
      new Deadlines(
          new DeadlineSettings(
              new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), 15));
  private static final int COUNT = FILES.catalogue().indicators().size();
  private static final Instant AUGUST_15_2024 = Instant.parse("2024-08-15T03:00:00Z");
  private static final ChatUser LAN = new ChatUser(Channel.TELEGRAM, "501", "501", "Chị Lan");
  private static final ChatUser MINH = new ChatUser(Channel.TELEGRAM, "502", "502", "Anh Minh");

  @TempDir Path folder;

  private final MovableClock clock = new MovableClock(AUGUST_15_2024);
  private Database database;
  private ChatRouter router;
  private ChatTurns turns;

  @BeforeEach
  void open() {
    openDatabase();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void an_invite_binds_the_sender_to_its_unit_once() {
    String code = invite("TDG-01", Duration.ofDays(14));

    assertThat(turns.say(LAN, "/dangky " + code.toLowerCase()))
        .contains(
            "Bạn đã được đăng ký báo cáo cho đơn vị TDG-01 — CĐCS Công ty Cổ phần Chè Tam Đường");
    assertThat(turns.say(MINH, "/dangky " + code))
        .contains("đã được dùng lúc")
        .contains("xin mã mới");
    assertThat(column("SELECT unit_code FROM reporters WHERE user_id = '501'"))
        .containsExactly("TDG-01");
    assertThat(column("SELECT COUNT(*) FROM reporters WHERE user_id = '502'")).containsExactly("0");
  }

  @Test
  void unknown_and_expired_invites_and_a_missing_code_bind_nothing() {
    String expired = invite("TDG-01", Duration.ofDays(1));
    clock.advance(Duration.ofDays(2));

    assertThat(turns.say(LAN, "/dangky " + expired))
        .startsWith("Mã mời đã hết hạn từ ngày 16/08/2024");
    assertThat(turns.say(LAN, "/dangky ABCDE-FGHJK")).startsWith("Mã mời không đúng.");
    assertThat(turns.say(LAN, "/dangky")).startsWith("Hãy gửi mã mời ngay sau lệnh");
    assertThat(column("SELECT COUNT(*) FROM reporters")).containsExactly("0");
  }

  @Test
  void an_unregistered_user_is_told_how_to_register() {
    assertThat(turns.say(LAN, "/baocao DVM=15")).contains("/dangky <mã mời>");
    assertThat(turns.say(LAN, "/xem")).contains("/dangky <mã mời>");
    assertThat(turns.say(LAN, "/baocao")).contains("/dangky <mã mời>");
    assertThat(column("SELECT COUNT(*) FROM report_drafts")).containsExactly("0");
  }

  @Test
  void a_report_is_echoed_with_unit_period_and_units_and_stored_only_on_confirm() {
    register(LAN, "TDG-01");

    Reply echo = turns.reply(LAN, "/baocao đoàn viên mới 15, DVTONG=320");

    assertThat(echo.text().plainText())
        .contains("Đơn vị: TDG-01 — CĐCS Công ty Cổ phần Chè Tam Đường")
        .contains("Kỳ: 6 tháng cuối năm 2024 (hạn nộp trước ngày 20/12/2024)")
        .contains("• DVM (" + name("DVM") + "): 15 người")
        .contains("• DVTONG (" + name("DVTONG") + "): 320 người")
        .contains("Tin nhắn không ghi kỳ nên trợ lý lấy kỳ đang mở");
    assertThat(labels(echo)).containsExactly("✅ Xác nhận", "✏️ Sửa", "❌ Hủy");
    assertThat(column("SELECT COUNT(*) FROM report_submissions")).containsExactly("0");

    Reply stored = turns.press(LAN, echo, 0);

    assertThat(stored.replacesPressed()).isTrue();
    assertThat(stored.text().plainText())
        .startsWith("✅ Đã lưu báo cáo của đơn vị TDG-01. Số biên nhận: BC-000001")
        .doesNotContain("nộp muộn");
    assertThat(column("SELECT indicator || '=' || value FROM report_current ORDER BY indicator"))
        .containsExactly("DVM=15", "DVTONG=320");
  }

  @Test
  void confirming_twice_stores_once_and_answers_the_same_receipt() {
    register(LAN, "TDG-01");
    Reply echo = turns.reply(LAN, "/baocao DVM=15");

    turns.press(LAN, echo, 0);
    Reply again = turns.press(LAN, echo, 0);

    assertThat(again.text().plainText()).contains("đã được lưu trước đó").contains("BC-000001");
    assertThat(column("SELECT COUNT(*) FROM report_submissions")).containsExactly("1");
  }

  @Test
  void a_draft_survives_a_restart() {
    register(LAN, "TDG-01");
    Reply echo = turns.reply(LAN, "/baocao H2/2024 DVM=15");

    database.close();
    openDatabase();

    assertThat(turns.press(LAN, echo, 0).text().plainText()).contains("BC-000001");
  }

  @Test
  void a_reporter_with_two_units_picks_one_with_buttons_and_one_not_theirs_is_refused() {
    register(LAN, "TDG-01");
    register(LAN, "TDG-02");

    Reply choice = turns.reply(LAN, "/baocao DVM=15");
    assertThat(choice.text().plainText()).startsWith("Bạn báo cáo cho đơn vị nào?");
    assertThat(labels(choice))
        .containsExactly(
            "TDG-01 — CĐCS Công ty Cổ phần Chè Tam Đường",
            "TDG-02 — CĐCS Ủy ban nhân dân xã Bình Lư");

    Reply echo = turns.press(LAN, choice, 1);
    assertThat(echo.text().plainText()).contains("Đơn vị: TDG-02");
    assertThat(turns.press(LAN, echo, 0).text().plainText()).contains("đơn vị TDG-02");

    assertThat(turns.say(LAN, "/baocao PTO-01 DVM=15"))
        .startsWith("Bạn không báo cáo cho đơn vị PTO-01")
        .contains("TDG-01, TDG-02");
    assertThat(turns.reply(LAN, "/baocao TDG-01 DVM=7").text().plainText())
        .contains("Đơn vị: TDG-01");
  }

  @Test
  void only_the_sender_can_press_a_drafts_buttons() {
    register(LAN, "TDG-01");
    Reply echo = turns.reply(LAN, "/baocao DVM=15");

    ChatResponse pressed =
        router.handle(IncomingMessage.button(MINH, echo.keyboard().get(0).get(0).data()));

    assertThat(pressed.notice()).isEqualTo(ReporterTexts.DRAFT_GONE);
    assertThat(column("SELECT COUNT(*) FROM report_submissions")).containsExactly("0");
  }

  @Test
  void a_locked_period_is_refused_and_a_late_one_is_stored_as_late() {
    register(LAN, "TDG-01");

    assertThat(turns.say(LAN, "/baocao H1/2024 DVM=15"))
        .startsWith("Kỳ 6 tháng đầu năm 2024 đã khóa sổ từ ngày 05/07/2024");

    clock.set(Instant.parse("2024-06-25T03:00:00Z"));
    Reply echo = turns.reply(LAN, "/baocao H1/2024 DVM=15");
    assertThat(echo.text().plainText()).doesNotContain("không ghi kỳ");
    assertThat(turns.press(LAN, echo, 0).text().plainText())
        .contains("BC-000001")
        .contains("nộp sau hạn (trước ngày 20/6/2024) nên được ghi là nộp muộn");
    assertThat(column("SELECT late FROM report_current")).containsExactly("1");
  }

  @Test
  void a_draft_confirmed_after_its_period_locked_is_refused() {
    register(LAN, "TDG-01");
    clock.set(Instant.parse("2024-07-04T03:00:00Z"));
    Reply echo = turns.reply(LAN, "/baocao H1/2024 DVM=15");

    clock.advance(Duration.ofDays(2));

    assertThat(turns.press(LAN, echo, 0).text().plainText()).contains("đã khóa sổ");
    assertThat(column("SELECT COUNT(*) FROM report_submissions")).containsExactly("0");
  }

  @Test
  void cancel_drops_the_draft_and_edit_tells_how_to_resend() {
    register(LAN, "TDG-01");
    Reply first = turns.reply(LAN, "/baocao DVM=15");
    Reply second = turns.reply(LAN, "/baocao DVM=16");

    assertThat(turns.press(LAN, first, 2).text().plainText()).startsWith("❌ Đã hủy báo cáo");
    assertThat(turns.press(LAN, second, 1).text().plainText())
        .contains("Hãy gửi lại lệnh")
        .contains("/baocao DVM=16");
    assertThat(router.handle(IncomingMessage.button(LAN, first.keyboard().get(0).get(0).data())))
        .extracting(ChatResponse::notice)
        .isEqualTo(ReporterTexts.DRAFT_GONE);
    assertThat(column("SELECT COUNT(*) FROM report_drafts")).containsExactly("0");
    assertThat(column("SELECT COUNT(*) FROM report_submissions")).containsExactly("0");
  }

  @Test
  void problems_in_the_figures_store_nothing() {
    register(LAN, "TDG-01");

    assertThat(turns.say(LAN, "/baocao DVMM=15")).contains("Ý bạn là DVM");
    assertThat(column("SELECT COUNT(*) FROM report_drafts")).containsExactly("0");
  }

  @Test
  void a_period_without_figures_gives_the_usage_with_examples() {
    register(LAN, "TDG-01");

    assertThat(turns.say(LAN, "/baocao H2/2024"))
        .startsWith("Cách gửi báo cáo")
        .contains(ReporterTexts.EXAMPLE);
  }

  @Test
  void report_alone_asks_unit_period_and_each_indicator_then_echoes_the_draft() {
    register(LAN, "TDG-01");
    register(LAN, "TDG-02");

    Reply unit = turns.reply(LAN, "/baocao");
    assertThat(unit.text().plainText()).startsWith("Bạn báo cáo cho đơn vị nào?");
    Reply period = turns.press(LAN, unit, 1);
    assertThat(period.text().plainText()).startsWith("Báo cáo kỳ nào?");

    assertThat(turns.say(LAN, "H9/2024")).startsWith("Không có kỳ báo cáo \"H9/2024\"");
    assertThat(turns.say(LAN, "2025")).startsWith("Kỳ năm 2025 chưa bắt đầu");
    assertThat(turns.say(LAN, "H1/2024")).contains("đã khóa sổ");
    Reply first = turns.reply(LAN, "H2/2024");
    assertThat(first.text().plainText())
        .startsWith("Chỉ tiêu 1/" + COUNT + ": DVM — " + name("DVM"));
    assertThat(turns.say(LAN, "15 người")).startsWith("Chỉ tiêu 2/" + COUNT);
    assertThat(turns.say(LAN, "abc")).contains("không phải là số");
    Reply third = turns.press(LAN, turns.reply(LAN, "320"), 0);
    assertThat(third.text().plainText()).startsWith("Chỉ tiêu 4/" + COUNT);

    Reply echo = turns.press(LAN, third, 1);

    assertThat(echo.text().plainText())
        .contains("Đơn vị: TDG-02")
        .contains("Kỳ: 6 tháng cuối năm 2024")
        .contains("• DVM (" + name("DVM") + "): 15 người")
        .contains("• DVTONG (" + name("DVTONG") + "): 320 người");
    assertThat(turns.press(LAN, echo, 0).text().plainText()).contains("BC-000001");
    assertThat(column("SELECT COUNT(*) FROM report_dialogues")).containsExactly("0");
    assertThat(turns.say(LAN, "Đoàn phí bao nhiêu?")).isEqualTo("question");
  }

  @Test
  void a_guided_entry_resumes_after_a_restart_and_cancel_ends_it() {
    register(LAN, "TDG-01");
    turns.press(LAN, turns.reply(LAN, "/baocao"), 0);
    turns.reply(LAN, "15");

    database.close();
    openDatabase();

    assertThat(turns.say(LAN, "320")).startsWith("Chỉ tiêu 3/" + COUNT);
    assertThat(turns.say(LAN, "/huy")).isEqualTo(ReporterTexts.ENTRY_CANCELLED);
    assertThat(turns.say(LAN, "15")).isEqualTo("question");
    assertThat(turns.say(LAN, "/huy")).isEqualTo(ReporterTexts.NO_ENTRY);
    assertThat(column("SELECT COUNT(*) FROM report_drafts")).containsExactly("0");
  }

  @Test
  void view_shows_the_figures_in_force_and_history_the_changes() {
    register(LAN, "TDG-01");
    turns.press(LAN, turns.reply(LAN, "/baocao DVM=15"), 0);
    clock.advance(Duration.ofHours(2));
    turns.press(LAN, turns.reply(LAN, "/baocao DVM=18"), 0);

    assertThat(turns.say(LAN, "/xem"))
        .contains("TDG-01 — CĐCS Công ty Cổ phần Chè Tam Đường")
        .contains("Kỳ 6 tháng cuối năm 2024:")
        .contains("• DVM (" + name("DVM") + "): 18 người (BC-000002)");
    assertThat(turns.say(LAN, "/lichsu H2/2024"))
        .contains("10:00 15/08/2024, Chị Lan: DVM (" + name("DVM") + ") (chưa có) → 15 người")
        .contains("12:00 15/08/2024, Chị Lan: DVM (" + name("DVM") + ") 15 người → 18 người");
    assertThat(turns.say(LAN, "/xem H1/2024"))
        .contains("Chưa có số liệu nào cho 6 tháng đầu năm 2024");
    assertThat(turns.say(LAN, "/xem T13/2024")).startsWith("Không có kỳ báo cáo \"T13/2024\"");
    assertThat(turns.say(LAN, "/xem PTO-01")).startsWith("Không hiểu \"PTO-01\"");
  }

  private void openDatabase() {
    database = Database.open(folder.resolve("reports.db"));
    ReportChat reports =
        new ReportChat(
            FILES, database, DEADLINES, new StaffRoles(List.of(), database, FILES.units()), clock);
    router =
        ChatRouter.builder(
                new FloodControl(
                    new FloodLimit(1000, 1000, Duration.ofMinutes(1)), TimeMeter.SYSTEM_NANOTIME),
                reports.plainText((from, text) -> ChatResponse.text("question")))
            .buttons(reports.buttons())
            .command(reports.commands().get(0))
            .command(reports.commands().get(1))
            .command(reports.commands().get(2))
            .command(reports.commands().get(3))
            .command(reports.commands().get(4))
            .build();
    turns = new ChatTurns(router);
  }

  private String invite(String unit, Duration valid) {
    Instant now = clock.instant();
    return new SqliteInviteStore(database)
        .create(unit, now, now.plus(valid), "test")
        .code()
        .toString();
  }

  private void register(ChatUser user, String unit) {
    assertThat(turns.say(user, "/dangky " + invite(unit, Duration.ofDays(14))))
        .contains("đã được đăng ký");
  }

  private static List<String> labels(Reply reply) {
    return reply.keyboard().stream().flatMap(List::stream).map(Button::label).toList();
  }

  private static String name(String code) {
    return FILES.catalogue().byCode(code).orElseThrow().name();
  }

  private List<String> column(String sql) {
    return database.jdbc().list(sql, row -> row.getString(1));
  }

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {

    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }
  }
}
