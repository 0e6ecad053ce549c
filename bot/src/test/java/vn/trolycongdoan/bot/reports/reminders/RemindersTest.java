package vn.trolycongdoan.bot.reports.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import vn.trolycongdoan.bot.reports.store.ConfirmedReport;
import vn.trolycongdoan.bot.reports.store.ReportValue;
import vn.trolycongdoan.bot.reports.store.SqliteReportStore;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;

/**
 * The reminder job over the bundled catalogue and units, a real SQLite file and a clock the test
 * moves; messages are rendered as their plain text, so the queued rows show what members read.
 */
class RemindersTest {

  private static final ReportingFiles BUNDLED =
      new ReportingFiles(
          CatalogueReader.read(BundledDefaults.indicators().orElseThrow(), "indicators.yaml"),
          UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv"));
  private static final Deadlines DEADLINES =
      new Deadlines(
          new DeadlineSettings(
              new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), 15));
  private static final ReminderSettings THREE_DAYS = new ReminderSettings(true, 3, 8);
  private static final Period H1 = Period.parse("2026-H1");

  /** Each reminder as one row holding its plain text. */
  private static final Reminders.Rendering PLAIN =
      (chatId, reply, priority) ->
          List.of(
              new OutgoingMessage(
                  Channel.TELEGRAM, chatId, priority, reply.text().plainText(), null));

  @TempDir Path folder;
  private final FakeClock clock = FakeClock.atVietnamTime("2026-06-17T09:00");
  private Database database;
  private SqliteReportStore reports;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("reminders.db"));
    reports = new SqliteReportStore(database, DEADLINES);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void reminds_the_reporters_of_a_unit_that_has_not_reported_once_three_days_ahead() {
    register("501", "TDG-01");
    register("502", "TDG-01");
    register("601", "TDG-02");
    report("TDG-02", H1, "2026-05-10T09:00");

    assertThat(reminders().runOnce()).isEqualTo(1);
    assertThat(reminders().runOnce()).isZero();

    assertThat(queued()).extracting(Row::chatId).containsExactly("501", "502");
    assertThat(queued()).extracting(Row::priority).containsOnly(1);
    assertThat(queued().get(0).text())
        .startsWith("⏰ Nhắc báo cáo")
        .contains("Đơn vị TDG-01 — CĐCS Công ty Cổ phần Chè Tam Đường chưa gửi báo cáo")
        .contains("6 tháng đầu năm 2026: hạn nộp trước ngày 20/6/2026 (còn 3 ngày).")
        .contains("/baocao H1/2026 TDG-01 MÃ=SỐ …")
        .contains("ví dụ /baocao H1/2026 TDG-01 DVM=15")
        .contains("gõ /baocao");
    assertThat(remindedUnits()).containsExactly("TDG-01 2026-H1 AHEAD 2");
  }

  @Test
  void a_restart_on_the_same_database_reminds_no_one_again() {
    register("501", "TDG-01");
    reminders().runOnce();

    Reminders afterRestart = reminders();

    assertThat(afterRestart.runOnce()).isZero();
    clock.set("2026-06-19T20:00");
    assertThat(afterRestart.runOnce()).isZero();
    assertThat(queued()).hasSize(1);
  }

  @Test
  void reminds_again_on_the_deadline_day_and_then_no_more() {
    register("501", "TDG-01");
    reminders().runOnce();

    clock.set("2026-06-20T08:00");
    assertThat(reminders().runOnce()).isEqualTo(1);
    clock.set("2026-06-21T09:00");
    assertThat(reminders().runOnce()).isZero();

    assertThat(queued()).hasSize(2);
    assertThat(queued().get(1).text())
        .contains("6 tháng đầu năm 2026: hôm nay đã đến hạn (trước ngày 20/6/2026)")
        .contains("ghi là nộp muộn; hãy gửi trước ngày 5/7/2026, khi kỳ khóa sổ.");
    assertThat(remindedUnits())
        .containsExactly("TDG-01 2026-H1 AHEAD 1", "TDG-01 2026-H1 DEADLINE_DAY 1");
  }

  @Test
  void sends_nothing_before_the_window_before_the_hour_or_to_a_unit_that_reported() {
    register("501", "TDG-01");
    register("601", "TDG-02");
    report("TDG-02", H1, "2026-06-01T09:00");

    clock.set("2026-06-16T23:00");
    assertThat(reminders().runOnce()).isZero();
    clock.set("2026-06-17T07:59");
    assertThat(reminders().runOnce()).isZero();
    clock.set("2026-06-17T08:00");
    assertThat(reminders().runOnce()).isEqualTo(1);

    assertThat(queued()).extracting(Row::chatId).containsExactly("501");
  }

  @Test
  void a_reporter_who_registers_after_the_first_day_is_still_reminded_before_the_deadline() {
    assertThat(reminders().runOnce()).isZero();
    assertThat(remindedUnits()).isEmpty();

    register("501", "TDG-01");
    clock.set("2026-06-18T10:00");

    assertThat(reminders().runOnce()).isEqualTo(1);
    assertThat(queued().get(0).text()).contains("(còn 2 ngày)");
  }

  @Test
  void periods_due_on_the_same_day_come_in_one_message_per_unit() {
    register("501", "TDG-01");
    register("501", "TDG-02");
    clock.set("2026-12-17T09:00");

    assertThat(reminders().runOnce()).isEqualTo(2);

    assertThat(queued()).hasSize(2);
    assertThat(queued().get(0).text())
        .contains("TDG-01")
        .contains("6 tháng cuối năm 2026: hạn nộp trước ngày 20/12/2026")
        .contains("• năm 2026: hạn nộp trước ngày 20/12/2026")
        .contains("/baocao H2/2026 TDG-01");
    assertThat(queued().get(1).text()).contains("TDG-02").doesNotContain("TDG-01");
  }

  @Test
  void reporters_in_the_web_chat_get_no_reminder_and_the_unit_is_not_marked_reminded() {
    database
        .jdbc()
        .update(
            "INSERT INTO reporters (channel, user_id, unit_code, registered_at)"
                + " VALUES ('WEB', 'web:1', 'TDG-01', 0)");

    assertThat(reminders().runOnce()).isZero();
    assertThat(remindedUnits()).isEmpty();
  }

  @Test
  void with_no_days_ahead_only_the_deadline_day_reminds() {
    register("501", "TDG-01");
    Reminders deadlineOnly = reminders(new ReminderSettings(true, 0, 8));

    assertThat(deadlineOnly.runOnce()).isZero();
    clock.set("2026-06-20T09:00");
    assertThat(deadlineOnly.runOnce()).isEqualTo(1);
  }

  @Test
  void a_failure_while_queueing_records_nothing_so_the_next_run_reminds() {
    register("501", "TDG-01");
    register("502", "TDG-01");
    Reminders.Rendering failsForTheSecond =
        (chatId, reply, priority) -> {
          if (chatId.equals("502")) {
            throw new IllegalStateException("cannot render");
          }
          return PLAIN.messages(chatId, reply, priority);
        };

    assertThatThrownBy(() -> reminders(THREE_DAYS, DEADLINES, failsForTheSecond).runOnce())
        .hasMessage("cannot render");
    assertThat(queued()).isEmpty();
    assertThat(remindedUnits()).isEmpty();

    assertThat(reminders().runOnce()).isEqualTo(1);
    assertThat(queued()).extracting(Row::chatId).containsExactly("501", "502");
  }

  @Test
  void without_grace_days_the_deadline_day_reminder_says_the_period_is_locked() {
    register("501", "TDG-01");
    Deadlines noGrace =
        new Deadlines(
            new DeadlineSettings(
                new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), 0));
    clock.set("2026-06-20T09:00");

    reminders(THREE_DAYS, noGrace, PLAIN).runOnce();

    assertThat(queued().get(0).text())
        .contains("hôm nay đã quá hạn (trước ngày 20/6/2026) và kỳ đã khóa sổ")
        .contains("liên hệ cán bộ Công đoàn cấp trên");
  }

  private Reminders reminders() {
    return reminders(THREE_DAYS);
  }

  private Reminders reminders(ReminderSettings settings) {
    return reminders(settings, DEADLINES, PLAIN);
  }

  private Reminders reminders(
      ReminderSettings settings, Deadlines deadlines, Reminders.Rendering rendering) {
    return new Reminders(
        BUNDLED,
        new SqliteReportStore(database, deadlines),
        database,
        new SqliteOutbox(database, Clock.systemUTC()),
        rendering,
        deadlines,
        settings,
        clock);
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

  private void report(String unitCode, Period period, String localTime) {
    FakeClock at = FakeClock.atVietnamTime(localTime);
    reports.store(
        new ConfirmedReport(
            unitCode + "-" + period,
            unitCode,
            new ChatUser(Channel.TELEGRAM, "9", "9", "Chị Lan"),
            at.instant(),
            "/baocao DVM=15",
            List.of(new ReportValue("DVM", period, BigDecimal.valueOf(15)))));
  }

  private record Row(String chatId, int priority, String text) {}

  private List<Row> queued() {
    return database
        .jdbc()
        .list(
            "SELECT chat_id, priority, payload FROM outbox ORDER BY id",
            row -> new Row(row.getString(1), row.getInt(2), row.getString(3)));
  }

  private List<String> remindedUnits() {
    return database
        .jdbc()
        .list(
            "SELECT unit_code, period, kind, recipients FROM report_reminders"
                + " ORDER BY unit_code, period, kind",
            row ->
                row.getString(1)
                    + " "
                    + row.getString(2)
                    + " "
                    + row.getString(3)
                    + " "
                    + row.getInt(4));
  }
}
