package vn.trolycongdoan.bot.reports.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.config.DeadlineSettings;
import vn.trolycongdoan.bot.config.DeadlineSettings.DueDay;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.StoreException;

class SqliteReportStoreTest {

  private static final Period H1 = Period.parse("2024-H1");
  private static final Period YEAR = Period.parse("2024");
  private static final Instant MAY = Instant.parse("2024-05-10T03:00:00Z");
  private static final Instant JUNE_25 = Instant.parse("2024-06-25T03:00:00Z");
  private static final ChatUser CHAIR = new ChatUser(Channel.TELEGRAM, "501", "501", "Chị Lan");
  private static final ChatUser STAFF = new ChatUser(Channel.WEB, "w-9", "w-9", "Anh Minh");
  private static final Deadlines DEADLINES =
      new Deadlines(
          new DeadlineSettings(
              new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), 15));

  @TempDir Path folder;
  private Database database;
  private SqliteReportStore store;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("reports.db"));
    store = new SqliteReportStore(database, DEADLINES);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void stores_a_report_with_who_when_the_raw_text_and_a_receipt_number() {
    Receipt receipt =
        store.store(
            report(
                "draft-1",
                "TDG-01",
                CHAIR,
                MAY,
                value("DVM", H1, "15"),
                value("QXH", H1, "3500000")));

    assertThat(receipt).isEqualTo(new Receipt("BC-000001", false));
    assertThat(store.current("TDG-01", H1))
        .containsExactly(
            new StoredValue(
                "TDG-01",
                H1,
                "DVM",
                new BigDecimal("15"),
                false,
                "BC-000001",
                MAY,
                new Reporter(Channel.TELEGRAM, "501", "Chị Lan")),
            new StoredValue(
                "TDG-01",
                H1,
                "QXH",
                new BigDecimal("3500000"),
                false,
                "BC-000001",
                MAY,
                new Reporter(Channel.TELEGRAM, "501", "Chị Lan")));
    assertThat(
            database
                .jdbc()
                .first(
                    "SELECT raw_text FROM report_submissions WHERE receipt = ?",
                    row -> row.getString(1),
                    "BC-000001"))
        .contains("/baocao draft-1");
    assertThat(store.current("TDG-02", H1)).isEmpty();
    assertThat(store.current("TDG-01", YEAR)).isEmpty();
  }

  @Test
  void keeps_a_decimal_exactly_as_reported() {
    store.store(report("d", "TDG-01", CHAIR, MAY, value("QXHTL", YEAR, "85.50")));

    assertThat(store.current("TDG-01", YEAR).get(0).value()).isEqualByComparingTo("85.5");
  }

  @Test
  void a_second_report_replaces_the_value_in_force_and_the_history_keeps_the_old_one() {
    store.store(report("d1", "TDG-01", CHAIR, MAY, value("DVM", H1, "15"), value("TUKY", H1, "2")));
    store.store(report("d2", "TDG-01", STAFF, JUNE_25, value("DVM", H1, "18")));

    assertThat(store.current("TDG-01", H1))
        .extracting(StoredValue::indicator, v -> v.value().toPlainString(), StoredValue::receipt)
        .containsExactly(tuple("DVM", "18", "BC-000002"), tuple("TUKY", "2", "BC-000001"));
    assertThat(store.history("TDG-01", H1))
        .containsExactly(
            new ValueChange(
                "DVM",
                H1,
                null,
                new BigDecimal("15"),
                false,
                "BC-000001",
                MAY,
                new Reporter(Channel.TELEGRAM, "501", "Chị Lan")),
            new ValueChange(
                "TUKY",
                H1,
                null,
                new BigDecimal("2"),
                false,
                "BC-000001",
                MAY,
                new Reporter(Channel.TELEGRAM, "501", "Chị Lan")),
            new ValueChange(
                "DVM",
                H1,
                new BigDecimal("15"),
                new BigDecimal("18"),
                true,
                "BC-000002",
                JUNE_25,
                new Reporter(Channel.WEB, "w-9", "Anh Minh")));
  }

  @Test
  void the_same_confirmation_stored_twice_is_stored_once_and_answers_the_first_receipt() {
    Receipt first = store.store(report("draft-7", "TDG-01", CHAIR, MAY, value("DVM", H1, "15")));
    Receipt again =
        store.store(report("draft-7", "TDG-01", CHAIR, JUNE_25, value("DVM", H1, "99")));

    assertThat(first).isEqualTo(new Receipt("BC-000001", false));
    assertThat(again).isEqualTo(new Receipt("BC-000001", true));
    assertThat(store.current("TDG-01", H1))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.value()).isEqualByComparingTo("15");
              assertThat(v.receivedAt()).isEqualTo(MAY);
            });
    assertThat(store.history("TDG-01", H1)).hasSize(1);
    assertThat(count("report_submissions")).isEqualTo(1);
  }

  @Test
  void a_value_that_fails_to_store_rolls_back_the_whole_report() {
    store.store(report("d1", "TDG-01", CHAIR, MAY, value("DVM", H1, "15")));
    database
        .jdbc()
        .update(
            """
            CREATE TRIGGER refuse_boom BEFORE INSERT ON report_current WHEN NEW.indicator = 'BOOM'
            BEGIN SELECT RAISE(ABORT, 'refused'); END""");

    assertThatThrownBy(
            () ->
                store.store(
                    report(
                        "d2",
                        "TDG-01",
                        STAFF,
                        JUNE_25,
                        value("DVM", H1, "18"),
                        value("TUKY", H1, "3"),
                        value("BOOM", H1, "1"))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("refused");

    assertThat(store.current("TDG-01", H1))
        .singleElement()
        .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("15"));
    assertThat(store.history("TDG-01", H1)).hasSize(1);
    assertThat(count("report_submissions")).isEqualTo(1);
    assertThat(count("report_values")).isEqualTo(1);
    Receipt retried = store.store(report("d2", "TDG-01", STAFF, JUNE_25, value("DVM", H1, "18")));
    assertThat(retried).isEqualTo(new Receipt("BC-000002", false));
  }

  @Test
  void a_report_after_its_period_deadline_is_stored_and_flagged_late_value_by_value() {
    store.store(
        report("d1", "TDG-01", CHAIR, JUNE_25, value("DVM", H1, "15"), value("QXHTL", YEAR, "90")));

    assertThat(store.current("TDG-01", H1))
        .singleElement()
        .satisfies(v -> assertThat(v.late()).isTrue());
    assertThat(store.current("TDG-01", YEAR))
        .singleElement()
        .satisfies(v -> assertThat(v.late()).isFalse());
  }

  @Test
  void reads_the_values_of_a_set_of_units_and_periods() {
    store.store(
        report("a", "TDG-01", CHAIR, MAY, value("DVM", H1, "15"), value("QXHTL", YEAR, "90")));
    store.store(report("b", "TDG-02", CHAIR, MAY, value("DVM", H1, "4")));
    store.store(report("c", "PTO-01", CHAIR, MAY, value("DVM", H1, "7")));
    store.store(report("d", "TDG-03", CHAIR, MAY, value("DVM", Period.parse("2023-H1"), "7")));

    assertThat(store.current(List.of("TDG-01", "TDG-02", "TDG-03"), List.of(H1, YEAR)))
        .extracting(v -> v.unitCode() + " " + v.period() + " " + v.indicator())
        .containsExactly("TDG-01 2024 QXHTL", "TDG-01 2024-H1 DVM", "TDG-02 2024-H1 DVM");
    assertThat(store.current(List.of(), List.of(H1))).isEmpty();
  }

  @Test
  void reads_more_units_than_one_query_binds() {
    List<String> units = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      units.add("U-" + i);
    }
    store.store(report("a", "U-999", CHAIR, MAY, value("DVM", H1, "1")));
    store.store(report("b", "U-3", CHAIR, MAY, value("DVM", H1, "1")));

    assertThat(store.current(units, List.of(H1)))
        .extracting(StoredValue::unitCode)
        .containsExactlyInAnyOrder("U-3", "U-999");
    assertThat(store.firstReports(units, H1))
        .extracting(FirstReport::unitCode)
        .containsExactlyInAnyOrder("U-3", "U-999");
  }

  @Test
  void tells_which_units_reported_for_a_period_when_first_and_whether_in_time() {
    store.store(report("a", "TDG-01", CHAIR, MAY, value("DVM", H1, "15")));
    store.store(report("b", "TDG-01", STAFF, JUNE_25, value("DVM", H1, "16")));
    store.store(report("c", "TDG-02", CHAIR, JUNE_25, value("DVM", H1, "4")));
    store.store(report("d", "TDG-03", CHAIR, MAY, value("QXHTL", YEAR, "80")));

    assertThat(store.firstReports(List.of("TDG-01", "TDG-02", "TDG-03", "TDG-04"), H1))
        .containsExactly(
            new FirstReport("TDG-01", MAY, true), new FirstReport("TDG-02", JUNE_25, false));
  }

  @Test
  void the_reports_are_still_there_after_reopening_the_file() {
    store.store(report("a", "TDG-01", CHAIR, MAY, value("DVM", H1, "15")));
    database.close();

    database = Database.open(folder.resolve("reports.db"));
    store = new SqliteReportStore(database, DEADLINES);

    assertThat(store.current("TDG-01", H1)).hasSize(1);
    assertThat(
            store.store(report("a", "TDG-01", CHAIR, MAY, value("DVM", H1, "15"))).alreadyStored())
        .isTrue();
  }

  @Test
  void concurrent_confirmations_from_two_threads_store_each_confirmation_once_and_whole()
      throws Exception {
    int reports = 100;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<List<Receipt>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < 2; t++) {
        String thread = "t" + t;
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  List<Receipt> receipts = new ArrayList<>();
                  for (int i = 0; i < reports; i++) {
                    // Both threads press the same confirmations; each also sends one of its own.
                    receipts.add(
                        store.store(
                            report(
                                "shared-" + i,
                                "TDG-01",
                                CHAIR,
                                MAY,
                                value("DVM", H1, Integer.toString(i)),
                                value("TUKY", H1, Integer.toString(i)))));
                    receipts.add(
                        store.store(
                            report(
                                thread + "-" + i,
                                "TDG-01",
                                STAFF,
                                MAY,
                                value("DVM", H1, "1000"),
                                value("TUKY", H1, "1000"))));
                  }
                  return receipts;
                }));
      }
      start.countDown();
      List<Receipt> all = new ArrayList<>();
      for (Future<List<Receipt>> result : results) {
        all.addAll(result.get());
      }

      assertThat(all.stream().filter(r -> !r.alreadyStored()).count()).isEqualTo(3L * reports);
      assertThat(all.stream().filter(Receipt::alreadyStored).count()).isEqualTo(reports);
      assertThat(count("report_submissions")).isEqualTo(3L * reports);
      assertThat(count("report_values")).isEqualTo(6L * reports);
      List<ValueChange> history = store.history("TDG-01", H1);
      List<StoredValue> current = store.current("TDG-01", H1);
      assertThat(current).hasSize(2);
      for (StoredValue value : current) {
        ValueChange last =
            history.stream()
                .filter(c -> c.indicator().equals(value.indicator()))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(value.value()).isEqualByComparingTo(last.value());
        assertThat(value.receipt()).isEqualTo(last.receipt());
      }
      assertThat(current.get(0).receipt()).isEqualTo(current.get(1).receipt());
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void a_report_needs_a_key_a_value_and_each_indicator_once_per_period() {
    assertThatThrownBy(() -> report(" ", "TDG-01", CHAIR, MAY, value("DVM", H1, "1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> report("k", "TDG-01", CHAIR, MAY))
        .hasMessageContaining("at least one value");
    assertThatThrownBy(
            () -> report("k", "TDG-01", CHAIR, MAY, value("DVM", H1, "1"), value("DVM", H1, "2")))
        .hasMessageContaining("DVM comes twice for 2024-H1");
    assertThat(
            report("k", "TDG-01", CHAIR, MAY, value("DVM", H1, "1"), value("DVM", YEAR, "2"))
                .values())
        .hasSize(2);
  }

  private long count(String table) {
    return database
        .jdbc()
        .first("SELECT count(*) FROM " + table, row -> row.getLong(1))
        .orElseThrow();
  }

  private static ReportValue value(String indicator, Period period, String value) {
    return new ReportValue(indicator, period, new BigDecimal(value));
  }

  private static ConfirmedReport report(
      String key, String unit, ChatUser from, Instant at, ReportValue... values) {
    return new ConfirmedReport(key, unit, from, at, "/baocao " + key, List.of(values));
  }
}
