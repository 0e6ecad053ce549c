package vn.trolycongdoan.bot.broadcasts.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import vn.trolycongdoan.bot.broadcasts.Audience;
import vn.trolycongdoan.bot.chat.Attachment;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The {@code broadcast_drafts} table (V13__broadcast_drafts.sql): one draft per staff member, so a
 * restart resumes it. Thread-safe; every method throws {@link
 * vn.trolycongdoan.bot.store.StoreException} when the database fails.
 */
final class SqliteBroadcastDrafts {

  private static final String COLUMNS =
      "id, step, text, media_kind, media_file_id, audience_kind, audience_unit,"
          + " audience_subtree, audience_tag, broadcast_id";

  private final Jdbc jdbc;
  private final Clock clock;

  SqliteBroadcastDrafts(Database database, Clock clock) {
    this.jdbc = database.jdbc();
    this.clock = clock;
  }

  Jdbc jdbc() {
    return jdbc;
  }

  /** Starts a new draft for {@code user}, replacing theirs; returns it. */
  BroadcastDraft start(ChatUser user) {
    return jdbc.inTransaction(
        tx -> {
          tx.update(
              "DELETE FROM broadcast_drafts WHERE channel = ? AND user_id = ?",
              user.channel(),
              user.userId());
          long id =
              tx.insertReturningId(
                  """
                  INSERT INTO broadcast_drafts (channel, user_id, step, audience_subtree, saved_at)
                  VALUES (?, ?, ?, FALSE, ?) RETURNING id""",
                  user.channel(),
                  user.userId(),
                  ComposeStep.CONTENT,
                  clock.instant());
          return new BroadcastDraft(id, ComposeStep.CONTENT, null, null, null, false, null);
        });
  }

  /** The draft of {@code user}, if any. */
  Optional<BroadcastDraft> find(ChatUser user) {
    return jdbc.first(
        "SELECT " + COLUMNS + " FROM broadcast_drafts WHERE channel = ? AND user_id = ?",
        SqliteBroadcastDrafts::draft,
        user.channel(),
        user.userId());
  }

  /**
   * Stores {@code draft}'s step and fields, if it is still the draft of that id in one of {@code
   * from}.
   *
   * @return {@code false} if it is gone or moved on
   */
  boolean update(BroadcastDraft draft, Set<ComposeStep> from) {
    return update(jdbc, draft, from);
  }

  /** As {@link #update(BroadcastDraft, Set)}, in the transaction {@code tx}. */
  boolean update(Jdbc tx, BroadcastDraft draft, Set<ComposeStep> from) {
    Audience audience = draft.audience();
    Attachment attachment = draft.attachment();
    String steps = String.join(", ", from.stream().map(step -> "'" + step.name() + "'").toList());
    return tx.update(
            "UPDATE broadcast_drafts SET step = ?, text = ?, media_kind = ?, media_file_id = ?,"
                + " audience_kind = ?, audience_unit = ?, audience_subtree = ?, audience_tag = ?,"
                + " broadcast_id = ?, saved_at = ? WHERE id = ? AND step IN ("
                + steps
                + ")",
            draft.step(),
            draft.text(),
            attachment == null ? null : attachment.kind(),
            attachment == null ? null : attachment.fileId(),
            audience == null ? null : audience.kind(),
            audience == null ? null : audience.unitCode(),
            audience == null ? draft.wholeSubtree() : audience.subtree(),
            audience == null ? null : audience.tag(),
            draft.broadcastId(),
            clock.instant(),
            draft.id())
        == 1;
  }

  /**
   * Drops the draft of {@code user}.
   *
   * @return whether there was one not yet done
   */
  boolean delete(ChatUser user) {
    return jdbc.update(
            "DELETE FROM broadcast_drafts WHERE channel = ? AND user_id = ? AND step <> 'DONE'",
            user.channel(),
            user.userId())
        > 0;
  }

  /** Drops the drafts whose last step was before {@code cutoff}; returns how many. */
  int removeSavedBefore(Instant cutoff) {
    return jdbc.update("DELETE FROM broadcast_drafts WHERE saved_at < ?", cutoff);
  }

  private static BroadcastDraft draft(ResultSet row) throws SQLException {
    String media = row.getString("media_kind");
    String kind = row.getString("audience_kind");
    boolean subtree = row.getBoolean("audience_subtree");
    long broadcast = row.getLong("broadcast_id");
    Long broadcastId = row.wasNull() ? null : broadcast;
    return new BroadcastDraft(
        row.getLong("id"),
        ComposeStep.valueOf(row.getString("step")),
        row.getString("text"),
        media == null
            ? null
            : new Attachment(Attachment.Kind.valueOf(media), row.getString("media_file_id")),
        kind == null
            ? null
            : new Audience(
                Audience.Kind.valueOf(kind),
                row.getString("audience_unit"),
                subtree,
                row.getString("audience_tag")),
        subtree,
        broadcastId);
  }
}
