package vn.trolycongdoan.bot.suggestions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The inbox's statements on {@code suggestions} and {@code suggestion_replies}; each runs on the
 * {@link Jdbc} given, so that a reply and its outbox row share one transaction.
 */
final class SqliteSuggestionInbox {

  private static final String ENTRY =
      """
      SELECT s.id, s.reference, s.received_at, s.channel, s.chat_id, s.user_id, s.display_name,
        s.text, s.unit_code, s.status, s.status_by, s.status_at,
        (SELECT count(*) FROM suggestion_replies r WHERE r.suggestion_id = s.id) AS replies
      FROM suggestions s""";

  /**
   * The kiến nghị of the units {@code units} ({@code null}: every one, those of no unit too) with
   * the filter's status and days, newest first; the filter's words are not applied here.
   */
  List<InboxEntry> entries(Jdbc on, Set<String> units, InboxFilter filter) {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (units != null) {
      if (units.isEmpty()) {
        return List.of();
      }
      where.add(
          "s.unit_code IN (" + String.join(", ", Collections.nCopies(units.size(), "?")) + ")");
      params.addAll(units);
    }
    if (filter.status() != null) {
      where.add("s.status = ?");
      params.add(filter.status());
    }
    if (filter.fromInstant() != null) {
      where.add("s.received_at >= ?");
      params.add(filter.fromInstant());
    }
    if (filter.untilInstant() != null) {
      where.add("s.received_at < ?");
      params.add(filter.untilInstant());
    }
    String sql =
        ENTRY
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY s.id DESC";
    return on.list(sql, SqliteSuggestionInbox::entry, params.toArray());
  }

  Optional<InboxEntry> entry(Jdbc on, long id) {
    return on.first(ENTRY + " WHERE s.id = ?", SqliteSuggestionInbox::entry, id);
  }

  /** The replies to the kiến nghị {@code id}, oldest first, each with its delivery as of now. */
  List<SuggestionReply> replies(Jdbc on, long id) {
    return on.list(
        """
        SELECT r.id, r.text, r.replied_by, r.replied_at,
          CASE WHEN r.outbox_id IS NULL THEN r.delivery WHEN o.id IS NULL THEN 'EXPIRED'
            ELSE o.state END AS delivery
        FROM suggestion_replies r LEFT JOIN outbox o ON o.id = r.outbox_id
        WHERE r.suggestion_id = ? ORDER BY r.id""",
        row ->
            new SuggestionReply(
                row.getLong("id"),
                row.getString("text"),
                row.getString("replied_by"),
                Jdbc.instant(row, "replied_at"),
                Delivery.valueOf(row.getString("delivery"))),
        id);
  }

  /**
   * Keeps a reply with the kiến nghị {@code id}.
   *
   * @param outboxId the outbox row carrying it, {@code null} when it cannot be delivered
   */
  void addReply(Jdbc tx, long id, String text, String by, Instant at, Long outboxId) {
    tx.update(
        """
        INSERT INTO suggestion_replies (suggestion_id, text, replied_by, replied_at, delivery,
          outbox_id) VALUES (?, ?, ?, ?, ?, ?)""",
        id,
        text,
        by,
        at,
        outboxId == null ? Delivery.UNDELIVERABLE : Delivery.QUEUED,
        outboxId);
  }

  void setStatus(Jdbc tx, long id, SuggestionStatus status, String by, Instant at) {
    tx.update(
        "UPDATE suggestions SET status = ?, status_by = ?, status_at = ? WHERE id = ?",
        status,
        by,
        at,
        id);
  }

  private static InboxEntry entry(ResultSet row) throws SQLException {
    Suggestion suggestion = SqliteSuggestionStore.suggestion(row);
    return new InboxEntry(
        suggestion,
        row.getString("unit_code"),
        SuggestionStatus.valueOf(row.getString("status")),
        row.getString("status_by"),
        row.getObject("status_at") == null ? null : Jdbc.instant(row, "status_at"),
        row.getInt("replies"));
  }
}
