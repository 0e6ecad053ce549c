package vn.trolycongdoan.bot.reports.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The reminders sent, in the {@code report_reminders} table (V9__reminders.sql), and the reporters
 * they go to, read from the {@code reporters} table that {@code /dangky} writes (V6). Thread-safe;
 * every method throws {@link vn.trolycongdoan.bot.store.StoreException} when the database fails.
 */
final class SqliteReminderLog {

  /** Unit codes per query, well below SQLite's limit of bound parameters. */
  private static final int UNITS_PER_QUERY = 400;

  private final Jdbc jdbc;

  SqliteReminderLog(Database database) {
    this.jdbc = database.jdbc();
  }

  /** The units already reminded of {@code period} with {@code kind}. */
  Set<String> reminded(Period period, ReminderKind kind) {
    return new HashSet<>(
        jdbc.list(
            "SELECT unit_code FROM report_reminders WHERE period = ? AND kind = ?",
            row -> row.getString(1),
            period.toString(),
            kind.name()));
  }

  /**
   * Records that {@code unitCode} is reminded of {@code due}, in the transaction {@code tx}.
   *
   * @return whether this is the first such record; {@code false} if it was reminded already
   */
  boolean record(Jdbc tx, String unitCode, DueReminder due, Instant at, int recipients) {
    return tx.update(
            """
            INSERT INTO report_reminders (unit_code, period, kind, sent_at, recipients)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (unit_code, period, kind) DO NOTHING""",
            unitCode,
            due.period().toString(),
            due.kind().name(),
            at,
            recipients)
        == 1;
  }

  /**
   * Records that staff reminded {@code unitCode} of {@code period} at {@code at}, in {@code tx}:
   * the unit's one {@link ReminderKind#NOW} row for the period, replacing the time of the last.
   */
  void recordNow(Jdbc tx, String unitCode, Period period, Instant at, int recipients) {
    tx.update(
        """
        INSERT INTO report_reminders (unit_code, period, kind, sent_at, recipients)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (unit_code, period, kind) DO UPDATE
        SET sent_at = excluded.sent_at, recipients = excluded.recipients""",
        unitCode,
        period.toString(),
        ReminderKind.NOW.name(),
        at,
        recipients);
  }

  /**
   * Every reminder of {@code period} sent to any of {@code unitCodes}, of any kind, read through
   * {@code on} (the database or a transaction).
   */
  List<SentReminder> sent(Jdbc on, Collection<String> unitCodes, Period period) {
    List<SentReminder> sent = new ArrayList<>();
    List<String> codes = List.copyOf(unitCodes);
    for (int from = 0; from < codes.size(); from += UNITS_PER_QUERY) {
      List<String> chunk = codes.subList(from, Math.min(codes.size(), from + UNITS_PER_QUERY));
      List<Object> params = new ArrayList<>(chunk);
      params.add(period.toString());
      String sql =
          """
          SELECT unit_code, kind, sent_at FROM report_reminders
          WHERE unit_code IN (%s) AND period = ?"""
              .formatted(String.join(", ", Collections.nCopies(chunk.size(), "?")));
      sent.addAll(
          on.list(
              sql,
              row ->
                  new SentReminder(
                      row.getString(1),
                      ReminderKind.valueOf(row.getString(2)),
                      Jdbc.instant(row, "sent_at")),
              params.toArray()));
    }
    return sent;
  }

  /** One reminder sent: to which unit, which kind, when. */
  record SentReminder(String unitCode, ReminderKind kind, Instant at) {}

  /**
   * The user ids of the reporters of each of {@code unitCodes} on {@code channel}, in the order
   * they registered; units without any are left out.
   */
  Map<String, List<String>> reporters(Collection<String> unitCodes, Channel channel) {
    Map<String, List<String>> byUnit = new LinkedHashMap<>();
    List<String> codes = List.copyOf(unitCodes);
    for (int from = 0; from < codes.size(); from += UNITS_PER_QUERY) {
      List<String> chunk = codes.subList(from, Math.min(codes.size(), from + UNITS_PER_QUERY));
      List<Object> params = new ArrayList<>(chunk);
      params.add(channel);
      String sql =
          """
          SELECT unit_code, user_id FROM reporters
          WHERE unit_code IN (%s) AND channel = ?
          ORDER BY unit_code, registered_at, user_id"""
              .formatted(String.join(", ", Collections.nCopies(chunk.size(), "?")));
      jdbc.list(sql, row -> List.of(row.getString(1), row.getString(2)), params.toArray())
          .forEach(
              pair ->
                  byUnit.computeIfAbsent(pair.get(0), unit -> new ArrayList<>()).add(pair.get(1)));
    }
    return byUnit;
  }
}
