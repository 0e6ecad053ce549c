package vn.trolycongdoan.bot.reports.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * Who reports for which unit, from the {@code reporters} table that {@link ReporterStore} writes,
 * with the names the chat knows them by: for staff to read. Thread-safe.
 */
public final class SqliteRegisteredReporters {

  private final Jdbc jdbc;

  public SqliteRegisteredReporters(Database database) {
    this.jdbc = database.jdbc();
  }

  /** The reporters of the units {@code unitCodes}, by unit and then time of registering. */
  public List<RegisteredReporter> ofUnits(Collection<String> unitCodes) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", Collections.nCopies(unitCodes.size(), "?"));
    return jdbc.list(
        """
        SELECT r.unit_code, r.channel, r.user_id, r.registered_at,
          (SELECT s.display_name FROM subscribers s
            WHERE s.channel = r.channel AND s.user_id = r.user_id
            ORDER BY s.last_seen DESC LIMIT 1) AS name
        FROM reporters r WHERE r.unit_code IN (%s)
        ORDER BY r.unit_code, r.registered_at, r.user_id"""
            .formatted(marks),
        row ->
            new RegisteredReporter(
                row.getString("unit_code"),
                Channel.valueOf(row.getString("channel")),
                row.getString("user_id"),
                row.getString("name"),
                Jdbc.instant(row, "registered_at")),
        new ArrayList<Object>(unitCodes).toArray());
  }
}
