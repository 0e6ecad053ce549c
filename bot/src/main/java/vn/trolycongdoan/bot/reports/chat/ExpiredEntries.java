package vn.trolycongdoan.bot.reports.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.store.Database;

/**
 * Drops what reporters left unfinished: drafts (confirmed, cancelled or never answered) created
 * longer ago than {@code keep}, and guided entries whose last step is that old. Pressing a button
 * of a dropped draft answers that it is gone, and stores nothing; text after a dropped guided entry
 * goes to the question handler. Thread-safe; {@link #removeOld} throws {@link
 * vn.trolycongdoan.bot.store.StoreException} when the database fails, having removed nothing.
 */
public final class ExpiredEntries {

  private static final Logger log = LoggerFactory.getLogger(ExpiredEntries.class);

  private final Database database;
  private final Duration keep;
  private final Clock clock;

  public ExpiredEntries(Database database, Duration keep, Clock clock) {
    this.database = database;
    this.keep = keep;
    this.clock = clock;
  }

  /** What one clean-up dropped. */
  public record Removed(int drafts, int dialogues) {}

  /** Drops the entries older than {@code keep}, in one transaction. */
  public Removed removeOld() {
    Instant now = clock.instant();
    Instant before = now.minus(keep);
    Removed removed =
        database
            .jdbc()
            .inTransaction(
                tx -> {
                  tx.update(
                      """
                      DELETE FROM report_draft_values WHERE draft_id IN
                        (SELECT id FROM report_drafts WHERE created_at < ?)""",
                      before);
                  int drafts = tx.update("DELETE FROM report_drafts WHERE created_at < ?", before);
                  tx.update("UPDATE report_dialogues SET saved_at = ? WHERE saved_at IS NULL", now);
                  int dialogues =
                      tx.update("DELETE FROM report_dialogues WHERE saved_at < ?", before);
                  return new Removed(drafts, dialogues);
                });
    if (removed.drafts() + removed.dialogues() > 0) {
      log.info(
          "Dropped {} report drafts and {} guided entries older than {} days",
          removed.drafts(),
          removed.dialogues(),
          keep.toDays());
    }
    return removed;
  }
}
