package vn.trolycongdoan.bot.reports.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
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
 * The report table over the bundled catalogue and units and a real SQLite file: the first half-year
 * of 2026 is due before 20/6/2026 and locks on 5/7/2026; the clock is the test's.
 */
class ReportTableTest {

  private static final ReportingFiles BUNDLED =
      new ReportingFiles(
          CatalogueReader.read(BundledDefaults.indicators().orElseThrow(), "indicators.yaml"),
          UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv"));
  private static final Deadlines DEADLINES =
      new Deadlines(
          new DeadlineSettings(
              new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), 15));
  private static final Period H1 = Period.parse("2026-H1");

  @TempDir Path folder;
  private final FakeClock clock = FakeClock.atVietnamTime("2026-06-10T09:00");
  private Database database;
  private SqliteReportStore store;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("table.db"));
    store = new SqliteReportStore(database, DEADLINES);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void before_the_deadline_a_unit_that_has_not_reported_is_waiting_and_not_flagged() {
    report("a", "TDG-01", "2026-06-01T09:00", Map.of("DVM", 4));

    ReportTableView view = table("TDG");

    assertThat(view.deadline()).isEqualTo("trước ngày 20/6/2026");
    assertThat(view.deadlinePassed()).isFalse();
    assertThat(row(view, "TDG-01").status()).isEqualTo("on_time");
    assertThat(row(view, "TDG-01").late()).isFalse();
    assertThat(row(view, "TDG-02").status()).isEqualTo("waiting");
    assertThat(row(view, "TDG-02").statusLabel()).isEqualTo("Chưa nộp");
    assertThat(row(view, "TDG-02").late()).isFalse();
  }

  @Test
  void after_the_deadline_a_late_report_and_a_missing_one_are_both_flagged() {
    report("a", "TDG-01", "2026-06-01T09:00", Map.of("DVM", 4));
    report("b", "TDG-02", "2026-06-22T09:00", Map.of("DVM", 7));
    clock.set("2026-06-25T09:00");

    ReportTableView view = table("TDG");

    assertThat(view.deadlinePassed()).isTrue();
    assertThat(view.locked()).isFalse();
    assertThat(row(view, "TDG-01").status()).isEqualTo("on_time");
    assertThat(row(view, "TDG-02").status()).isEqualTo("late");
    assertThat(row(view, "TDG-02").late()).isTrue();
    assertThat(cell(view, "TDG-02", "DVM").late()).isTrue();
    assertThat(cell(view, "TDG-01", "DVM").late()).isFalse();
    assertThat(row(view, "TDG-03").status()).isEqualTo("overdue");
    assertThat(row(view, "TDG-03").statusLabel()).isEqualTo("Quá hạn, chưa nộp");
    assertThat(row(view, "TDG-03").late()).isTrue();
    assertThat(cell(view, "TDG-03", "DVM").value()).isNull();
  }

  @Test
  void a_districts_row_totals_its_unions_and_carries_their_late_flag_but_no_status() {
    report("a", "TDG-01", "2026-06-01T09:00", Map.of("DVM", 4));
    report("b", "TDG-02", "2026-06-22T09:00", Map.of("DVM", 7));
    clock.set("2026-06-25T09:00");

    ReportTableView view = table("TDG");

    ReportTableView.UnitRow district = row(view, "TDG");
    assertThat(district.depth()).isZero();
    assertThat(district.total()).isTrue();
    assertThat(district.status()).isNull();
    assertThat(district.late()).isFalse();
    assertThat(cell(view, "TDG", "DVM").value()).isEqualByComparingTo("11");
    assertThat(cell(view, "TDG", "DVM").late()).isTrue();
    assertThat(row(view, "TDG-01").depth()).isEqualTo(1);
    assertThat(row(view, "TDG-01").total()).isFalse();
  }

  @Test
  void only_indicators_someone_in_the_subtree_reported_are_columns_in_catalogue_order() {
    report("a", "TDG-01", "2026-06-01T09:00", Map.of("MAXAY", 1, "DVM", 4));
    report("b", "TPLC-01", "2026-06-01T09:00", Map.of("DVTONG", 300));

    ReportTableView view = table("TDG");

    assertThat(view.indicators())
        .extracting(ReportTableView.Column::code)
        .containsExactly("DVM", "MAXAY");
    assertThat(view.units()).extracting(ReportTableView.UnitRow::code).doesNotContain("TPLC-01");
    assertThat(view.units().get(0).code()).isEqualTo("TDG");
  }

  @Test
  void a_union_opened_after_the_period_is_not_expected_and_has_no_status() {
    ReportTableView view = table("TPLC", Period.parse("2025-H1"));

    assertThat(row(view, "TPLC-04").status())
        .as("opened 10/4/2025, so expected in 2025-H1")
        .isNotNull();
    ReportTableView earlier = table("TPLC", Period.parse("2024-H2"));
    assertThat(row(earlier, "TPLC-04").status()).isNull();
    assertThat(earlier.locked()).isTrue();
  }

  private ReportTableView table(String unit) {
    return table(unit, H1);
  }

  private ReportTableView table(String unit, Period period) {
    return new ReportTable(store, BUNDLED, DEADLINES, clock)
        .table(new StaffQuery(period, BUNDLED.units().byCode(unit).orElseThrow()));
  }

  private static ReportTableView.UnitRow row(ReportTableView view, String code) {
    return view.units().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  private static ReportTableView.Cell cell(ReportTableView view, String unit, String indicator) {
    List<String> codes = view.indicators().stream().map(ReportTableView.Column::code).toList();
    return row(view, unit).cells().get(codes.indexOf(indicator));
  }

  private void report(String key, String unit, String localTime, Map<String, Integer> values) {
    store.store(
        new ConfirmedReport(
            key,
            unit,
            new ChatUser(Channel.TELEGRAM, "9", "9", "Chị Lan"),
            FakeClock.atVietnamTime(localTime).instant(),
            "/baocao",
            values.entrySet().stream()
                .map(e -> new ReportValue(e.getKey(), H1, BigDecimal.valueOf(e.getValue())))
                .toList()));
  }
}
