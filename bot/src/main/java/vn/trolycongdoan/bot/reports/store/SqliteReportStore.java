package vn.trolycongdoan.bot.reports.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * {@link ReportStore} in the {@code report_submissions}, {@code report_values} and {@code
 * report_current} tables (V5__report_values.sql). A report is one transaction, which SQLite starts
 * IMMEDIATE: two confirmations of one draft take turns, and the second finds the first.
 */
public final class SqliteReportStore implements ReportStore {

  /** Unit codes per query, well below SQLite's limit of bound parameters. */
  private static final int UNITS_PER_QUERY = 400;

  private static final String VALUE_COLUMNS =
      """
      c.unit_code, c.period, c.indicator, c.value, c.late,
      s.receipt, s.received_at, s.channel, s.user_id, s.display_name""";

  private final Jdbc jdbc;
  private final Deadlines deadlines;

  public SqliteReportStore(Database database, Deadlines deadlines) {
    this.jdbc = database.jdbc();
    this.deadlines = deadlines;
  }

  @Override
  public Receipt store(ConfirmedReport report) {
    return jdbc.inTransaction(
        tx -> {
          Optional<Long> inserted = insertSubmission(tx, report);
          if (inserted.isEmpty()) {
            return new Receipt(storedReceipt(tx, report.confirmationKey()), true);
          }
          long id = inserted.get();
          String receipt = Receipt.number(id);
          tx.update("UPDATE report_submissions SET receipt = ? WHERE id = ?", receipt, id);
          insertValues(tx, id, report);
          return new Receipt(receipt, false);
        });
  }

  @Override
  public List<StoredValue> current(String unitCode, Period period) {
    return current(List.of(unitCode), List.of(period));
  }

  @Override
  public List<StoredValue> current(Collection<String> unitCodes, Collection<Period> periods) {
    if (unitCodes.isEmpty() || periods.isEmpty()) {
      return List.of();
    }
    List<String> periodTexts = periods.stream().map(Period::toString).distinct().toList();
    List<StoredValue> values = new ArrayList<>();
    for (List<String> units : chunks(List.copyOf(unitCodes))) {
      String sql =
          """
          SELECT %s
          FROM report_current c JOIN report_submissions s ON s.id = c.submission_id
          WHERE c.unit_code IN (%s) AND c.period IN (%s)
          ORDER BY c.unit_code, c.period, c.indicator"""
              .formatted(
                  VALUE_COLUMNS, placeholders(units.size()), placeholders(periodTexts.size()));
      Object[] params = Stream.concat(units.stream(), periodTexts.stream()).toArray();
      values.addAll(jdbc.list(sql, SqliteReportStore::storedValue, params));
    }
    return values;
  }

  @Override
  public List<ValueChange> history(String unitCode, Period period) {
    List<Row> rows =
        jdbc.list(
            """
            SELECT v.indicator, v.value, v.late, s.receipt, s.received_at, s.channel, s.user_id,
                   s.display_name
            FROM report_values v JOIN report_submissions s ON s.id = v.submission_id
            WHERE v.unit_code = ? AND v.period = ?
            ORDER BY s.id, v.position""",
            row ->
                new Row(
                    row.getString("indicator"),
                    new BigDecimal(row.getString("value")),
                    row.getBoolean("late"),
                    row.getString("receipt"),
                    reporter(row),
                    Jdbc.instant(row, "received_at")),
            unitCode,
            period.toString());
    Map<String, BigDecimal> before = new HashMap<>();
    List<ValueChange> changes = new ArrayList<>();
    for (Row row : rows) {
      BigDecimal previous = before.put(row.indicator(), row.value());
      changes.add(
          new ValueChange(
              row.indicator(),
              period,
              previous,
              row.value(),
              row.late(),
              row.receipt(),
              row.receivedAt(),
              row.by()));
    }
    return changes;
  }

  @Override
  public List<FirstReport> firstReports(Collection<String> unitCodes, Period period) {
    List<FirstReport> reports = new ArrayList<>();
    for (List<String> units : chunks(List.copyOf(unitCodes))) {
      List<Object> params = new ArrayList<>(units);
      params.add(period.toString());
      String sql =
          """
          SELECT v.unit_code, MIN(s.received_at) AS first_received_at,
                 MIN(CASE WHEN v.late THEN 1 ELSE 0 END) AS all_late
          FROM report_values v JOIN report_submissions s ON s.id = v.submission_id
          WHERE v.unit_code IN (%s) AND v.period = ?
          GROUP BY v.unit_code ORDER BY v.unit_code"""
              .formatted(placeholders(units.size()));
      reports.addAll(
          jdbc.list(
              sql,
              row ->
                  new FirstReport(
                      row.getString("unit_code"),
                      Jdbc.instant(row, "first_received_at"),
                      row.getInt("all_late") == 0),
              params.toArray()));
    }
    return reports;
  }

  /**
   * Inserts the report's row; empty if its confirmation key is stored already (the insert then does
   * nothing, so a second confirmation costs no extra query when it is the first).
   */
  private static Optional<Long> insertSubmission(Jdbc tx, ConfirmedReport report) {
    return tx.first(
        """
        INSERT INTO report_submissions
          (confirmation_key, unit_code, channel, user_id, display_name, received_at, raw_text)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (confirmation_key) DO NOTHING RETURNING id""",
        row -> row.getLong(1),
        report.confirmationKey(),
        report.unitCode(),
        report.from().channel(),
        report.from().userId(),
        report.from().displayName(),
        report.receivedAt(),
        report.rawText());
  }

  private static String storedReceipt(Jdbc tx, String confirmationKey) {
    return tx.first(
            "SELECT receipt FROM report_submissions WHERE confirmation_key = ?",
            row -> row.getString(1),
            confirmationKey)
        .orElseThrow(() -> new IllegalStateException("no report for " + confirmationKey));
  }

  /**
   * The report's values into the history and over the current figures, each table in one statement
   * of as many rows as values (a report holds each unit, period and indicator once, so the upsert
   * touches no row twice).
   */
  private void insertValues(Jdbc tx, long id, ConfirmedReport report) {
    List<ReportValue> values = report.values();
    List<Object> history = new ArrayList<>();
    List<Object> current = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ReportValue v = values.get(i);
      String value = v.value().stripTrailingZeros().toPlainString();
      boolean late = deadlines.isLate(v.period(), report.receivedAt());
      String period = v.period().toString();
      history.addAll(List.of(id, i, report.unitCode(), period, v.indicator(), value, late));
      current.addAll(List.of(report.unitCode(), period, v.indicator(), value, late, id));
    }
    tx.update(
        """
        INSERT INTO report_values
          (submission_id, position, unit_code, period, indicator, value, late)
        VALUES %s"""
            .formatted(rows(values.size(), "(?, ?, ?, ?, ?, ?, ?)")),
        history.toArray());
    tx.update(
        """
        INSERT INTO report_current (unit_code, period, indicator, value, late, submission_id)
        VALUES %s
        ON CONFLICT (unit_code, period, indicator)
        DO UPDATE SET value = excluded.value, late = excluded.late,
                      submission_id = excluded.submission_id"""
            .formatted(rows(values.size(), "(?, ?, ?, ?, ?, ?)")),
        current.toArray());
  }

  private static String rows(int count, String row) {
    return String.join(", ", Collections.nCopies(count, row));
  }

  private static StoredValue storedValue(ResultSet row) throws SQLException {
    return new StoredValue(
        row.getString("unit_code"),
        Period.parse(row.getString("period")),
        row.getString("indicator"),
        new BigDecimal(row.getString("value")),
        row.getBoolean("late"),
        row.getString("receipt"),
        Jdbc.instant(row, "received_at"),
        reporter(row));
  }

  private static Reporter reporter(ResultSet row) throws SQLException {
    return new Reporter(
        Channel.valueOf(row.getString("channel")),
        row.getString("user_id"),
        row.getString("display_name"));
  }

  private static List<List<String>> chunks(List<String> units) {
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < units.size(); from += UNITS_PER_QUERY) {
      chunks.add(units.subList(from, Math.min(units.size(), from + UNITS_PER_QUERY)));
    }
    return chunks;
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private record Row(
      String indicator,
      BigDecimal value,
      boolean late,
      String receipt,
      Reporter by,
      Instant receivedAt) {}
}
