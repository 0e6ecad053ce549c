package vn.trolycongdoan.bot.reports.chat;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.store.ReportValue;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * {@link DraftStore} in the {@code report_drafts} and {@code report_draft_values} tables
 * (V6__reporters.sql). Values are kept as plain decimal text, so none loses a digit.
 */
final class SqliteDraftStore implements DraftStore {

  private final Jdbc jdbc;

  SqliteDraftStore(Database database) {
    this.jdbc = database.jdbc();
  }

  @Override
  public void save(ReportDraft draft) {
    jdbc.inTransaction(
        tx -> {
          ChatUser from = draft.from();
          tx.update(
              """
              INSERT INTO report_drafts
                (id, channel, chat_id, user_id, display_name, unit_code, raw_text, created_at,
                 period_defaulted, receipt)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
              draft.id(),
              from.channel(),
              from.chatId(),
              from.userId(),
              from.displayName(),
              draft.unitCode(),
              draft.rawText(),
              draft.createdAt(),
              draft.periodDefaulted(),
              draft.receipt());
          insertValues(tx, draft);
          return null;
        });
  }

  @Override
  public Optional<ReportDraft> find(String id) {
    List<DraftRow> rows =
        jdbc.list(
            """
            SELECT d.id, d.channel, d.chat_id, d.user_id, d.display_name, d.unit_code, d.raw_text,
                   d.created_at, d.period_defaulted, d.receipt, v.indicator, v.period, v.value
            FROM report_drafts d LEFT JOIN report_draft_values v ON v.draft_id = d.id
            WHERE d.id = ? ORDER BY v.position""",
            row -> new DraftRow(draft(row, List.of()), value(row)),
            id);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<ReportValue> values = rows.stream().map(DraftRow::value).filter(Objects::nonNull).toList();
    ReportDraft draft = rows.get(0).draft();
    return Optional.of(
        new ReportDraft(
            draft.id(),
            draft.from(),
            draft.unitCode(),
            draft.rawText(),
            draft.createdAt(),
            values,
            draft.periodDefaulted(),
            draft.receipt()));
  }

  @Override
  public void chooseUnit(String id, String unitCode) {
    jdbc.update("UPDATE report_drafts SET unit_code = ? WHERE id = ?", unitCode, id);
  }

  @Override
  public void markStored(String id, String receipt) {
    jdbc.update("UPDATE report_drafts SET receipt = ? WHERE id = ?", receipt, id);
  }

  @Override
  public void delete(String id) {
    jdbc.inTransaction(
        tx -> {
          tx.update("DELETE FROM report_draft_values WHERE draft_id = ?", id);
          return tx.update("DELETE FROM report_drafts WHERE id = ?", id);
        });
  }

  /** The draft's values, in one statement of as many rows. */
  private static void insertValues(Jdbc tx, ReportDraft draft) {
    List<ReportValue> values = draft.values();
    if (values.isEmpty()) {
      return;
    }
    List<Object> params = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ReportValue value = values.get(i);
      params.addAll(
          List.of(
              draft.id(),
              i,
              value.indicator(),
              value.period().toString(),
              value.value().toPlainString()));
    }
    tx.update(
        """
        INSERT INTO report_draft_values (draft_id, position, indicator, period, value)
        VALUES %s"""
            .formatted(String.join(", ", Collections.nCopies(values.size(), "(?, ?, ?, ?, ?)"))),
        params.toArray());
  }

  /** A row of a draft joined with one of its values: {@code value} null when it has none. */
  private record DraftRow(ReportDraft draft, ReportValue value) {}

  private static ReportValue value(ResultSet row) throws SQLException {
    String indicator = row.getString("indicator");
    return indicator == null
        ? null
        : new ReportValue(
            indicator,
            Period.parse(row.getString("period")),
            new BigDecimal(row.getString("value")));
  }

  private static ReportDraft draft(ResultSet row, List<ReportValue> values) throws SQLException {
    ChatUser from =
        new ChatUser(
            Channel.valueOf(row.getString("channel")),
            row.getString("chat_id"),
            row.getString("user_id"),
            row.getString("display_name"));
    return new ReportDraft(
        row.getString("id"),
        from,
        row.getString("unit_code"),
        row.getString("raw_text"),
        Jdbc.instant(row, "created_at"),
        values,
        row.getBoolean("period_defaulted"),
        row.getString("receipt"));
  }
}
