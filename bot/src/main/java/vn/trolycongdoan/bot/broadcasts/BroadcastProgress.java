package vn.trolycongdoan.bot.broadcasts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.broadcasts.SqliteProgress.Watched;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.outbox.OutboxState;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.Priority;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * Tells the staff member who started a broadcast in chat how it goes: once it starts, one progress
 * message (sent / total, blocked, failed) in their chat, edited in place when the counts change but
 * never sooner than {@code every} after the previous edit and never while the previous one is still
 * on its way (so edits cannot pile up); when the broadcast is done, or cancelled and nothing of it
 * is in flight any more, a last edit and a summary (sent, blocked, failed, unknown, duration) as a
 * new message. All of it goes through the outbox at {@link Priority#REMINDER}, ahead of the bulk.
 * If the progress message could not be delivered (blocked, failed, unknown), it is no longer
 * edited, and the summary is still sent.
 *
 * <p>Runs on the scheduled jobs' thread ({@link #runOnce}); each broadcast's step is one
 * transaction with the row it queues, so a crash never queues a summary twice. A failure on one
 * broadcast is logged and tried again next run; the others go on.
 */
public final class BroadcastProgress {

  /** Renders a reply as the row that edits the channel's message {@code messageId}. */
  @FunctionalInterface
  public interface Editing {
    OutgoingMessage edit(String chatId, String messageId, Reply reply, Priority priority);
  }

  private static final Logger log = LoggerFactory.getLogger(BroadcastProgress.class);
  private static final Priority PRIORITY = Priority.REMINDER;

  private final SqliteProgress store;
  private final SqliteBroadcasts broadcasts;
  private final SqliteOutbox outbox;
  private final Broadcasts.Rendering messages;
  private final Editing edits;
  private final Duration every;
  private final Clock clock;

  /** The text each broadcast's progress message shows now, to skip edits that change nothing. */
  private final Map<Long, String> shown = new ConcurrentHashMap<>();

  /**
   * @param outbox where the messages are queued; its clock stamps them, so give it the sender's
   * @param messages how a progress message or summary becomes the channel's rows
   * @param edits how an edit of the progress message becomes the channel's row
   * @param every the least time between two progress messages of one broadcast
   * @param clock the clock the broadcasts' times are on
   */
  public BroadcastProgress(
      Database database,
      SqliteOutbox outbox,
      Broadcasts.Rendering messages,
      Editing edits,
      Duration every,
      Clock clock) {
    this.store = new SqliteProgress(database);
    this.broadcasts = new SqliteBroadcasts(database);
    this.outbox = outbox;
    this.messages = messages;
    this.edits = edits;
    this.every = every;
    this.clock = clock;
  }

  /** Queues what is due: first progress messages, edits, final summaries. */
  public void runOnce() {
    for (Watched broadcast : store.watched()) {
      try {
        step(broadcast);
      } catch (RuntimeException e) {
        log.warn("Progress of broadcast {} failed; tried again next run", broadcast.id(), e);
      }
    }
  }

  private void step(Watched broadcast) {
    Instant now = clock.instant();
    BroadcastCounts counts = BroadcastCounts.of(broadcasts.rowStates(broadcast.id()));
    boolean ended =
        broadcast.state() == BroadcastState.DONE || broadcast.state() == BroadcastState.CANCELLED;
    FormattedText progress =
        ProgressTexts.progress(broadcast.id(), broadcast.state(), counts, broadcast.recipients());
    if (ended && counts.queued() == 0) {
      if (!inFlight(broadcast)) {
        summarize(broadcast, counts, progress, now);
      }
    } else if (broadcast.progressRow() == null) {
      queueProgress(broadcast, single(broadcast.chat(), progress), progress, now);
    } else if (editable(broadcast)
        && !now.isBefore(broadcast.progressAt().plus(every))
        && !progress.plainText().equals(shown.get(broadcast.id()))) {
      queueProgress(broadcast, edit(broadcast, progress), progress, now);
    }
  }

  /** Whether the latest progress message is still on its way: the summary waits for it. */
  private static boolean inFlight(Watched broadcast) {
    return broadcast.rowState() == OutboxState.QUEUED
        || broadcast.rowState() == OutboxState.SENDING;
  }

  /** Whether the latest progress message reached the chat, so it can be edited. */
  private static boolean editable(Watched broadcast) {
    return broadcast.rowState() == OutboxState.SENT && broadcast.deliveredId() != null;
  }

  private void queueProgress(
      Watched broadcast, OutgoingMessage row, FormattedText progress, Instant now) {
    store
        .jdbc()
        .inTransaction(
            tx -> {
              store.noteProgress(tx, broadcast.id(), outbox.enqueueReturningId(tx, row), now);
              return null;
            });
    shown.put(broadcast.id(), progress.plainText());
  }

  private void summarize(
      Watched broadcast, BroadcastCounts counts, FormattedText progress, Instant now) {
    Instant end = broadcast.finishedAt() == null ? now : broadcast.finishedAt();
    FormattedText summary =
        ProgressTexts.summary(
            broadcast.id(),
            broadcast.state(),
            counts,
            Duration.between(broadcast.startedAt(), end));
    store
        .jdbc()
        .inTransaction(
            tx -> {
              if (!store.noteSummarized(tx, broadcast.id(), now)) {
                return null;
              }
              if (editable(broadcast)) {
                outbox.enqueue(tx, List.of(edit(broadcast, progress)));
              }
              enqueue(tx, single(broadcast.chat(), summary));
              return null;
            });
    shown.remove(broadcast.id());
    log.info("Broadcast {} summary queued for chat {}", broadcast.id(), broadcast.chat());
  }

  private OutgoingMessage single(String chat, FormattedText text) {
    List<OutgoingMessage> rows = messages.messages(chat, Reply.of(text), PRIORITY);
    if (rows.size() != 1) {
      throw new IllegalStateException("A progress message must be one message, not " + rows.size());
    }
    return rows.get(0);
  }

  private OutgoingMessage edit(Watched broadcast, FormattedText progress) {
    return edits.edit(broadcast.chat(), broadcast.deliveredId(), Reply.of(progress), PRIORITY);
  }

  private void enqueue(Jdbc tx, OutgoingMessage row) {
    outbox.enqueue(tx, List.of(row));
  }
}
