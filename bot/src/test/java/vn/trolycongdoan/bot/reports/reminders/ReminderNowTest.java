package vn.trolycongdoan.bot.reports.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.config.DeadlineSettings;
import vn.trolycongdoan.bot.config.DeadlineSettings.DueDay;
import vn.trolycongdoan.bot.config.ReminderSettings;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.catalogue.CatalogueReader;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException.Reason;
import vn.trolycongdoan.bot.reports.store.ConfirmedReport;
import vn.trolycongdoan.bot.reports.store.ReportValue;
import vn.trolycongdoan.bot.reports.store.SqliteReportStore;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;

/**
 * Reminders sent now by staff, over the bundled catalogue and units, a real SQLite file and a clock
 * the test moves; messages are rendered as their plain text. 2026-H1 is due before 20/6/2026 and
 * locks on 5/7/2026.
 */
class ReminderNowTest {

  private static final ReportingFiles BUNDLED =
      new ReportingFiles(
          CatalogueReader.read(BundledDefaults.indicators().orElseThrow(), "indicators.yaml"),
          UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv"));
  private static final Deadlines DEADLINES =
      new Deadlines(
          new DeadlineSettings(
              new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), 15));
  private static final Period H1 = Period.parse("2026-H1");
  private static final Reminders.Rendering PLAIN =
      (chatId, reply, priority) ->
          List.of(
              new OutgoingMessage(
                  Channel.TELEGRAM, chatId, priority, reply.text().plainText(), null));

  @TempDir Path folder;
  private final FakeClock clock = FakeClock.atVietnamTime("2026-06-10T09:00");
  private Database database;
  private SqliteReportStore reports;
  private ReminderNow now;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("now.db"));
    reports = new SqliteReportStore(database, DEADLINES);
    now =
        new ReminderNow(
            BUNDLED,
            reports,
            database,
            new SqliteOutbox(database, Clock.systemUTC()),
            PLAIN,
            DEADLINES,
            clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void reminds_every_telegram_reporter_of_the_unit_at_once_with_the_days_left() {
    register("501", "TDG-01");
    register("502", "TDG-01");

    ReminderNow.Sent sent = now.remind(unit("TDG-01"), H1);

    assertThat(sent.recipients()).isEqualTo(2);
    assertThat(sent.at()).isEqualTo(clock.instant());
    assertThat(queued()).extracting(Row::chatId).containsExactly("501", "502");
    assertThat(queued()).extracting(Row::priority).containsOnly(1);
    assertThat(queued().get(0).text())
        .startsWith("⏰ Nhắc báo cáo")
        .contains("Đơn vị TDG-01 — CĐCS Công ty Cổ phần Chè Tam Đường chưa gửi báo cáo")
        .contains("6 tháng đầu năm 2026: hạn nộp trước ngày 20/6/2026 (còn 10 ngày).")
        .contains("/baocao H1/2026 TDG-01");
  }

  @Test
  void a_second_press_within_the_hour_is_refused_and_sends_nothing_then_allowed_after_it() {
    register("501", "TDG-01");
    now.remind(unit("TDG-01"), H1);

    clock.advance(Duration.ofMinutes(59));
    assertThatThrownBy(() -> now.remind(unit("TDG-01"), H1))
        .isInstanceOfSatisfying(
            StaffRequestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT))
        .hasMessage(
            "Đơn vị này vừa được nhắc lúc 09:00 ngày 10/6/2026; có thể nhắc lại từ 10:00 ngày"
                + " 10/6/2026.");
    assertThat(queued()).hasSize(1);

    clock.advance(Duration.ofMinutes(1));
    now.remind(unit("TDG-01"), H1);
    assertThat(queued()).hasSize(2);
    assertThat(
            database
                .jdbc()
                .list(
                    "SELECT kind, sent_at FROM report_reminders",
                    row -> row.getString(1) + " " + row.getLong(2)))
        .containsExactly("NOW " + clock.instant().toEpochMilli());
  }

  @Test
  void a_scheduled_reminder_sent_a_moment_ago_counts_too() {
    register("501", "TDG-01");
    clock.set("2026-06-17T09:00");
    new Reminders(
            BUNDLED,
            reports,
            database,
            new SqliteOutbox(database, Clock.systemUTC()),
            PLAIN,
            DEADLINES,
            new ReminderSettings(true, 3, 8),
            clock)
        .runOnce();
    clock.advance(Duration.ofMinutes(10));

    assertThatThrownBy(() -> now.remind(unit("TDG-01"), H1))
        .hasMessageContaining("vừa được nhắc lúc 09:00 ngày 17/6/2026");

    ReminderNow.Standing standing = now.standing(List.of(unit("TDG-01")), H1).get("TDG-01");
    assertThat(standing.reporters()).isEqualTo(1);
    assertThat(standing.lastKind()).isEqualTo(ReminderKind.AHEAD);
    assertThat(standing.lastAt()).isEqualTo(FakeClock.atVietnamTime("2026-06-17T09:00").instant());
    assertThat(standing.againFrom())
        .isEqualTo(FakeClock.atVietnamTime("2026-06-17T10:00").instant());
  }

  @Test
  void after_the_deadline_the_reminder_says_it_is_overdue_and_when_the_period_locks() {
    register("501", "TDG-01");
    clock.set("2026-06-25T09:00");

    now.remind(unit("TDG-01"), H1);

    assertThat(queued().get(0).text())
        .contains("6 tháng đầu năm 2026: đã quá hạn (trước ngày 20/6/2026)")
        .contains("ghi là nộp muộn; hãy gửi trước ngày 5/7/2026, khi kỳ khóa sổ.");
  }

  @Test
  void refuses_a_unit_that_reported_has_no_telegram_reporter_or_is_not_a_union() {
    register("501", "TDG-01");
    register("601", "TDG-02");
    report("TDG-02");
    database
        .jdbc()
        .update(
            "INSERT INTO reporters (channel, user_id, unit_code, registered_at)"
                + " VALUES ('WEB', 'web:1', 'TDG-03', 0)");

    assertThatThrownBy(() -> now.remind(unit("TDG-02"), H1))
        .hasMessage("Đơn vị TDG-02 đã gửi báo cáo 6 tháng đầu năm 2026, không cần nhắc.");
    assertThatThrownBy(() -> now.remind(unit("TDG-03"), H1))
        .hasMessageStartingWith("Đơn vị TDG-03 chưa có ai đăng ký báo cáo qua Telegram (/dangky)");
    assertThatThrownBy(() -> now.remind(unit("TDG"), H1))
        .isInstanceOfSatisfying(
            StaffRequestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_REQUEST))
        .hasMessageContaining("không phải công đoàn cơ sở phải báo cáo");
    assertThat(queued()).isEmpty();
    assertThat(now.standing(List.of(unit("TDG-03")), H1).get("TDG-03").reporters()).isZero();
  }

  @Test
  void refuses_a_period_not_begun_or_locked() {
    register("501", "TDG-01");

    assertThatThrownBy(() -> now.remind(unit("TDG-01"), Period.parse("2026-H2")))
        .hasMessage("Kỳ 6 tháng cuối năm 2026 chưa bắt đầu, chưa thể nhắc báo cáo.");
    assertThatThrownBy(() -> now.remind(unit("TDG-01"), Period.parse("2025-H2")))
        .isInstanceOfSatisfying(
            StaffRequestException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT))
        .hasMessageStartingWith("Kỳ 6 tháng cuối năm 2025 đã khóa sổ từ ngày 4/1/2026");
    assertThat(queued()).isEmpty();
  }

  @Test
  void a_unit_never_reminded_may_be_reminded_now() {
    Map<String, ReminderNow.Standing> standing = now.standing(List.of(unit("TDG-01")), H1);

    assertThat(standing.get("TDG-01")).isEqualTo(new ReminderNow.Standing(0, null, null, null));
  }

  private OrgUnit unit(String code) {
    return BUNDLED.units().byCode(code).orElseThrow();
  }

  private void register(String userId, String unitCode) {
    database
        .jdbc()
        .update(
            "INSERT INTO reporters (channel, user_id, unit_code, registered_at)"
                + " VALUES ('TELEGRAM', ?, ?, ?)",
            userId,
            unitCode,
            Instant.EPOCH);
  }

  private void report(String unitCode) {
    reports.store(
        new ConfirmedReport(
            unitCode + "-" + H1,
            unitCode,
            new ChatUser(Channel.TELEGRAM, "9", "9", "Chị Lan"),
            FakeClock.atVietnamTime("2026-06-01T09:00").instant(),
            "/baocao DVM=15",
            List.of(new ReportValue("DVM", H1, BigDecimal.valueOf(15)))));
  }

  private record Row(String chatId, int priority, String text) {}

  private List<Row> queued() {
    return database
        .jdbc()
        .list(
            "SELECT chat_id, priority, payload FROM outbox ORDER BY id",
            row -> new Row(row.getString(1), row.getInt(2), row.getString(3)));
  }
}
