package vn.trolycongdoan.bot.reports.staffchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.config.DeadlineSettings;
import vn.trolycongdoan.bot.config.DeadlineSettings.DueDay;
import vn.trolycongdoan.bot.config.FloodLimit;
import vn.trolycongdoan.bot.library.DocumentCatalog;
import vn.trolycongdoan.bot.library.FakeLibrary;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.catalogue.CatalogueReader;
import vn.trolycongdoan.bot.reports.chat.ReportChat;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.staff.StaffReports;
import vn.trolycongdoan.bot.reports.store.SqliteReportStore;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;

/**
 * The staff's chat and the reporter's chat behind the real chat router, on a real SQLite file and
 * the bundled catalogue and units, on 15 August 2024 (the first half-year locked for reporters on 5
 * July), with one admin configured.
 */
class StaffChatTest {

  private static final ReportingFiles FILES =
      new ReportingFiles(
          CatalogueReader.read(BundledDefaults.indicators().orElseThrow(), "indicators.yaml"),
          UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv"));
  private static final Deadlines DEADLINES =
      new Deadlines(
          new DeadlineSettings(
              new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), 15));
  private static final Clock AUGUST_15_2024 =
      Clock.fixed(Instant.parse("2024-08-15T03:00:00Z"), ZoneOffset.UTC);
  private static final String PLAN = "plans/001_241fc221d9dce001";

  private static final ChatUser ADMIN = new ChatUser(Channel.TELEGRAM, "9001", "9001", "Chị Hoa");
  private static final ChatUser LAN = new ChatUser(Channel.TELEGRAM, "501", "501", "Chị Lan");
  private static final ChatUser MINH = new ChatUser(Channel.TELEGRAM, "502", "502", "Anh Minh");
  private static final ChatUser THU = new ChatUser(Channel.TELEGRAM, "503", "503", "Chị Thu");

  @TempDir Path folder;

  private final FakeLibrary library = new FakeLibrary();
  private Database database;
  private ChatRouter router;
  private ChatTurns turns;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("reports.db"));
    StaffRoles roles = new StaffRoles(List.of(9001L), database, FILES.units());
    ReportChat reports = new ReportChat(FILES, database, DEADLINES, roles, AUGUST_15_2024);
    StaffChat staff =
        new StaffChat(
            FILES,
            roles,
            new StaffReports(new SqliteReportStore(database, DEADLINES), FILES),
            new SqliteInviteStore(database),
            DEADLINES,
            library,
            AUGUST_15_2024);
    ChatRouter.Builder builder =
        ChatRouter.builder(
                new FloodControl(
                    new FloodLimit(1000, 1000, Duration.ofMinutes(1)), TimeMeter.SYSTEM_NANOTIME),
                reports.plainText((from, text) -> ChatResponse.text("question")))
            .buttons(reports.buttons())
            .buttons(new DocumentCatalog(library).buttons());
    reports.commands().forEach(builder::command);
    staff.commands().forEach(builder::command);
    router = builder.build();
    turns = new ChatTurns(router);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void a_sender_who_is_not_staff_is_refused_and_told_their_telegram_user_id() {
    for (String command : List.of("/tonghop", "/chuabaocao H1/2024", "/taoma TDG-01")) {
      assertThat(turns.say(LAN, command))
          .startsWith("Lệnh này dành cho cán bộ Công đoàn đã được cấp quyền")
          .contains("Mã người dùng Telegram của bạn: 501");
    }
    assertThat(turns.say(LAN, "/capquyen 501 LDLD"))
        .startsWith("Chỉ quản trị viên")
        .contains("Mã người dùng Telegram của bạn: 501");
    ChatUser webVisitor = new ChatUser(Channel.WEB, "9001", "9001", "");
    assertThat(turns.say(webVisitor, "/tonghop")).startsWith("Lệnh này dành cho cán bộ");
    assertThat(turns.say(webVisitor, "/capquyen 501 LDLD")).startsWith("Chỉ quản trị viên");
    assertThat(column("SELECT COUNT(*) FROM staff_roles")).containsExactly("0");
    assertThat(column("SELECT COUNT(*) FROM report_invites")).containsExactly("0");
  }

  @Test
  void an_admin_grants_lists_replaces_and_revokes_a_staff_role() {
    assertThat(turns.say(ADMIN, "/capquyen")).startsWith("Chưa cấp quyền cán bộ cho ai.");

    assertThat(turns.say(ADMIN, "/capquyen 502 tdg"))
        .startsWith("✅ Đã cấp quyền cán bộ cho người dùng 502: đơn vị TDG — Liên đoàn Lao động")
        .doesNotContain("thay cho");
    assertThat(turns.say(ADMIN, "/capquyen"))
        .contains("• 502: TDG — Liên đoàn Lao động huyện Tam Đường");
    assertThat(turns.say(ADMIN, "/capquyen 502 PTO")).contains("(thay cho quyền cũ ở đơn vị TDG)");
    assertThat(column("SELECT unit_code || ' ' || granted_by FROM staff_roles"))
        .containsExactly("PTO 9001");

    assertThat(turns.say(ADMIN, "/capquyen 502 hủy"))
        .isEqualTo("Đã thu hồi quyền cán bộ của người dùng 502 (đơn vị PTO).");
    assertThat(turns.say(ADMIN, "/capquyen 502 huy")).contains("chưa có quyền cán bộ nào");
    assertThat(turns.say(MINH, "/tonghop")).startsWith("Lệnh này dành cho cán bộ");
  }

  @Test
  void every_bad_grant_gets_its_own_reply_and_changes_nothing() {
    assertThat(turns.say(ADMIN, "/capquyen 502")).startsWith("Cách dùng: /capquyen");
    assertThat(turns.say(ADMIN, "/capquyen 502 TDG thêm")).startsWith("Cách dùng: /capquyen");
    assertThat(turns.say(ADMIN, "/capquyen @minh TDG"))
        .startsWith("\"@minh\" không phải mã người dùng Telegram");
    assertThat(turns.say(ADMIN, "/capquyen 502 XYZ")).startsWith("Không có đơn vị mã \"XYZ\"");
    assertThat(turns.say(ADMIN, "/capquyen 502 PTO-03"))
        .startsWith("Đơn vị PTO-03")
        .contains("giải thể 30/06/2024");
    assertThat(turns.say(ADMIN, "/capquyen 9001 TDG")).contains("là quản trị viên");
    assertThat(column("SELECT COUNT(*) FROM staff_roles")).containsExactly("0");

    grant(MINH, "TDG");
    assertThat(turns.say(MINH, "/capquyen 503 TDG-01")).startsWith("Chỉ quản trị viên");
    assertThat(column("SELECT COUNT(*) FROM staff_roles")).containsExactly("1");
  }

  @Test
  void district_staff_see_their_districts_units_and_not_another_districts() {
    grant(MINH, "TDG");
    report(LAN, "TDG-01", "DVM=15");
    report(THU, "PTO-01", "DVM=40");

    assertThat(turns.say(MINH, "/tonghop"))
        .startsWith("Tổng hợp 6 tháng cuối năm 2024 — TDG — Liên đoàn Lao động huyện Tam Đường")
        .contains(
            "Đã báo cáo: 1/4 CĐCS (25 %), đúng hạn 1/4 (25 %); hạn nộp trước ngày 20/12/2024.")
        .contains("Đơn vị chưa báo cáo: /chuabaocao H2/2024 TDG")
        .contains("Không ghi kỳ nên trợ lý lấy kỳ 6 tháng đang mở")
        .contains("• DVM — " + name("DVM") + ": 15 người (1 đơn vị)")
        .doesNotContain("40 người");
    assertThat(turns.say(MINH, "/chuabaocao H2/2024"))
        .startsWith("3/4 CĐCS thuộc TDG — Liên đoàn Lao động huyện Tam Đường chưa báo cáo 6 tháng")
        .contains("• TDG-02 — CĐCS Ủy ban nhân dân xã Bình Lư")
        .contains("• TDG-04")
        .doesNotContain("TDG-01")
        .doesNotContain("PTO");
    assertThat(turns.say(MINH, "/tonghop H2/2024 TDG-01")).contains("Đã báo cáo: 1/1 CĐCS (100 %)");

    assertThat(turns.say(MINH, "/tonghop PTO"))
        .isEqualTo(
            "Bạn chỉ xem và sửa được các đơn vị thuộc TDG — Liên đoàn Lao động huyện Tam Đường,"
                + " không phải PTO — Liên đoàn Lao động huyện Phong Thổ.");
    assertThat(turns.say(MINH, "/chuabaocao PTO-01 H2/2024")).startsWith("Bạn chỉ xem và sửa được");
    assertThat(turns.say(MINH, "/tonghop LDLD")).startsWith("Bạn chỉ xem và sửa được");
  }

  @Test
  void an_admin_sees_the_province_with_its_targets_and_the_plan_passages_they_cite() {
    library.outlines =
        Map.of(
            PLAN,
            new DocumentOutline(
                new DocumentSummary(
                    PLAN,
                    "plan.txt",
                    "KẾ HOẠCH",
                    "38/KH-LĐLĐ",
                    "Kế hoạch thực hiện Nghị quyết Đại hội",
                    "2024-03-12",
                    "Liên đoàn Lao động tỉnh Lai Châu",
                    "Lai Châu",
                    null,
                    10),
                List.of(
                    new DocumentOutline.Entry(
                        "II › 2 › 2.4",
                        "Chăm lo đời sống",
                        3,
                        "Hằng năm xây dựng mới ít nhất 05 nhà, sửa chữa 10 nhà Mái ấm Công đoàn."))));
    library.documents = List.of(library.outlines.get(PLAN).document());
    report(LAN, "TDG-01", "MAXAY=2");
    report(THU, "PTO-01", "MAXAY=1");

    Reply reply = turns.reply(ADMIN, "/tonghop 2024");
    String rollup = reply.text().plainText();

    assertThat(rollup)
        .startsWith("Tổng hợp năm 2024 — LDLD — Liên đoàn Lao động tỉnh Lai Châu")
        .contains("• MAXAY — " + name("MAXAY") + ": 3 nhà (2 đơn vị)")
        .contains(
            "🎯 Chỉ tiêu mỗi năm: xây dựng mới ít nhất 05 nhà — Kế hoạch thực hiện Nghị quyết Đại"
                + " hội, số 38/KH-LĐLĐ, ngày 12/03/2024, mục II › 2 › 2.4")
        .contains("Chưa có số liệu: ")
        .doesNotContain("Không ghi kỳ");
    assertThat(reply.keyboard())
        .as("one button per passage cited and found in the index")
        .flatExtracting(row -> row)
        .extracting(Button::label)
        .containsExactly("📄 38/KH-LĐLĐ, mục II › 2 › 2.4");
    assertThat(turns.press(ADMIN, reply, 0).text().plainText())
        .contains("xây dựng mới ít nhất 05 nhà, sửa chữa 10 nhà");

    library.outlines = Map.of();
    assertThat(turns.say(ADMIN, "/tonghop 2024")).contains("— " + PLAN + ", mục II › 2 › 2.4");
  }

  @Test
  void a_staff_member_whose_unit_left_the_unit_file_is_told_to_ask_again() {
    database
        .jdbc()
        .update(
            "INSERT INTO staff_roles (channel, user_id, unit_code, granted_by, granted_at)"
                + " VALUES ('TELEGRAM', '502', 'GONE', '9001', 0)");

    assertThat(turns.say(MINH, "/tonghop"))
        .startsWith("Đơn vị GONE mà bạn được cấp quyền không còn");
  }

  @Test
  void a_view_names_a_bad_period_or_unit_and_shows_nothing() {
    grant(MINH, "TDG");

    assertThat(turns.say(MINH, "/tonghop T13/2024")).startsWith("Không có kỳ báo cáo \"T13/2024\"");
    assertThat(turns.say(MINH, "/tonghop 2030")).startsWith("Kỳ năm 2030 chưa bắt đầu");
    assertThat(turns.say(MINH, "/chuabaocao XYZ")).startsWith("Không có đơn vị mã \"XYZ\"");
    assertThat(turns.say(MINH, "/tonghop 2024 H1/2024"))
        .startsWith("Chỉ ghi một kỳ và một mã đơn vị");
    assertThat(turns.say(MINH, "/chuabaocao TDG TDG-01"))
        .startsWith("Chỉ ghi một kỳ và một mã đơn vị");
  }

  @Test
  void staff_make_invites_for_their_subtree_that_reporters_redeem() {
    grant(MINH, "TDG");

    String reply = turns.say(MINH, "/taoma tdg-02");
    assertThat(reply)
        .startsWith(
            "Mã mời cho CĐCS Ủy ban nhân dân xã Bình Lư (TDG-02), dùng một lần, hiệu lực 14 ngày,"
                + " đến 10:00 ngày 29/08/2024.");
    String code = reply.substring(reply.lastIndexOf("/dangky ") + "/dangky ".length());
    assertThat(turns.say(LAN, "/dangky " + code)).contains("đơn vị TDG-02");
    assertThat(column("SELECT created_by FROM report_invites")).containsExactly("TELEGRAM:502");
    assertThat(turns.say(MINH, "/taoma TDG-03 30")).contains("hiệu lực 30 ngày");

    assertThat(turns.say(MINH, "/taoma")).startsWith("Hãy ghi mã đơn vị sau lệnh");
    assertThat(turns.say(MINH, "/taoma PTO-01")).startsWith("Bạn chỉ xem và sửa được");
    assertThat(turns.say(MINH, "/taoma XYZ")).startsWith("Không có đơn vị mã \"XYZ\"");
    assertThat(turns.say(MINH, "/taoma TDG-01 0"))
        .startsWith("Số ngày hiệu lực phải là số từ 1 đến 365");
    assertThat(turns.say(MINH, "/taoma TDG-01 400")).startsWith("Số ngày hiệu lực");
    assertThat(turns.say(ADMIN, "/taoma PTO-03")).contains("giải thể 30/06/2024");
    assertThat(column("SELECT COUNT(*) FROM report_invites")).containsExactly("2");
  }

  @Test
  void staff_correct_a_report_of_their_subtree_in_a_locked_period_and_its_reporter_cannot() {
    register(LAN, "TDG-01");
    grant(MINH, "TDG");
    assertThat(turns.say(LAN, "/baocao H1/2024 DVM=15"))
        .startsWith("Kỳ 6 tháng đầu năm 2024 đã khóa sổ từ ngày 05/07/2024");

    Reply echo = turns.reply(MINH, "/baocao H1/2024 TDG-01 DVM=15");
    assertThat(echo.text().plainText()).contains("Đơn vị: TDG-01").contains("15 người");
    assertThat(turns.press(MINH, echo, 0).text().plainText())
        .contains("Đã lưu báo cáo của đơn vị TDG-01")
        .contains("nộp muộn");
    assertThat(column("SELECT unit_code || ' ' || indicator || '=' || value FROM report_current"))
        .containsExactly("TDG-01 DVM=15");
    assertThat(turns.say(LAN, "/lichsu H1/2024")).contains("Anh Minh: DVM");
    assertThat(turns.say(MINH, "/xem H1/2024 TDG-01"))
        .startsWith("TDG-01 — CĐCS Công ty Cổ phần Chè Tam Đường")
        .contains("15 người (BC-000001, nộp muộn)");
    assertThat(turns.say(MINH, "/lichsu tdg-01 H1/2024")).contains("Anh Minh: DVM");
    assertThat(turns.say(MINH, "/xem H1/2024")).startsWith("Cán bộ hãy ghi mã đơn vị sau lệnh");
    assertThat(turns.say(MINH, "/xem PTO-01")).startsWith("Không hiểu \"PTO-01\"");
    assertThat(turns.say(MINH, "/baocao")).startsWith("Cán bộ sửa số liệu hãy ghi mã đơn vị");

    assertThat(turns.say(MINH, "/baocao H1/2024 PTO-01 DVM=3"))
        .startsWith("Bạn không có quyền báo cáo hay sửa số liệu của đơn vị PTO-01");
    assertThat(turns.say(MINH, "/baocao H1/2024 DVM=3"))
        .startsWith("Cán bộ sửa số liệu hãy ghi mã");
    assertThat(turns.say(LAN, "/baocao H1/2024 TDG-02 DVM=3"))
        .startsWith("Bạn không báo cáo cho đơn vị TDG-02");
    assertThat(column("SELECT COUNT(*) FROM report_submissions")).containsExactly("1");
  }

  private void grant(ChatUser staff, String unit) {
    assertThat(turns.say(ADMIN, "/capquyen " + staff.userId() + " " + unit)).startsWith("✅");
  }

  private void register(ChatUser user, String unit) {
    Instant now = AUGUST_15_2024.instant();
    String code =
        new SqliteInviteStore(database)
            .create(unit, now, now.plus(Duration.ofDays(1)), "test")
            .code()
            .toString();
    assertThat(turns.say(user, "/dangky " + code)).contains("đã được đăng ký");
  }

  private void report(ChatUser user, String unit, String figures) {
    register(user, unit);
    assertThat(turns.press(user, turns.reply(user, "/baocao " + figures), 0).text().plainText())
        .contains("Đã lưu báo cáo");
  }

  private static String name(String code) {
    return FILES.catalogue().byCode(code).orElseThrow().name();
  }

  private List<String> column(String sql) {
    return database.jdbc().list(sql, row -> row.getString(1));
  }
}
