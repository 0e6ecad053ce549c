package vn.trolycongdoan.bot.broadcasts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.broadcasts.BroadcastException.Reason;
import vn.trolycongdoan.bot.chat.Attachment;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.outbox.OutboxState;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.Priority;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;
import vn.trolycongdoan.bot.tags.TagList;

/**
 * Creates, starts, pauses, resumes and cancels broadcasts for staff. Sending starts in one
 * transaction that moves the broadcast to {@link BroadcastState#SENDING}, resolves its audience
 * ({@link Recipients}) and queues one outbox row per chat at {@link Priority#BULK}: a broadcast is
 * queued whole or not at all, and never twice, whatever crashes or races. Pausing holds its rows
 * still queued ({@link OutboxState#PAUSED}), resuming queues them again, cancelling ends them
 * ({@link OutboxState#CANCELLED}); each in one transaction with the broadcast's state. A row being
 * sent at that moment finishes its attempt; if that attempt is to be retried, the outbox holds or
 * cancels the row instead of queuing it ({@link SqliteOutbox}).
 *
 * <p>A staff member with a unit reaches only the reporters of their subtree ({@link Scope}); an
 * admin reaches everyone. Thread-safe; refusals are {@link BroadcastException}s, database failures
 * {@link vn.trolycongdoan.bot.store.StoreException}s, and neither leaves anything half-done.
 */
public final class Broadcasts {

  /** Renders a broadcast as a channel's outbox rows to one chat. */
  @FunctionalInterface
  public interface Rendering {
    List<OutgoingMessage> messages(String chatId, Reply reply, Priority priority);
  }

  private static final Logger log = LoggerFactory.getLogger(Broadcasts.class);

  private final SqliteBroadcasts store;
  private final Scope scope;
  private final SqliteOutbox outbox;
  private final Rendering telegram;
  private final Clock clock;

  /**
   * @param tags the topics a tag audience may name
   * @param outbox where the rows are queued; its clock stamps them, so give it the sender's
   * @param telegram how a broadcast becomes Telegram outbox rows
   * @param clock the time that decides when a scheduled broadcast starts
   */
  public Broadcasts(
      Database database,
      UnitTree units,
      TagList tags,
      SqliteOutbox outbox,
      Rendering telegram,
      Clock clock) {
    this.store = new SqliteBroadcasts(database);
    this.scope = new Scope(units, tags);
    this.outbox = outbox;
    this.telegram = telegram;
    this.clock = clock;
  }

  /**
   * Creates the broadcast {@code by} asks for, telling nobody of its progress: for the staff API,
   * whose tokens name no chat.
   *
   * @throws BroadcastException as {@link #create(StaffMember, BroadcastRequest, String)}
   */
  public Broadcast create(StaffMember by, BroadcastRequest request) {
    return create(by, request, null);
  }

  /**
   * Creates the broadcast {@code by} asks for: queued now without {@code sendAt}, else scheduled.
   * Once it starts, {@link BroadcastProgress} keeps one message in the Telegram chat {@code
   * progressChat} up to date with its progress and sends a summary there when it ends.
   *
   * @param progressChat the Telegram chat of the staff member creating it (in a private chat, their
   *     user id), or {@code null} for no progress messages
   * @throws BroadcastException for an unknown unit or tag, a past {@code sendAt} or no recipient to
   *     send to now (400), an audience outside {@code by}'s subtree (403)
   */
  public Broadcast create(StaffMember by, BroadcastRequest request, String progressChat) {
    return store.jdbc().inTransaction(tx -> create(tx, by, request, progressChat));
  }

  /**
   * {@link #create(StaffMember, BroadcastRequest, String)} in the caller's transaction {@code tx},
   * so that the caller's own writes (a chat draft used up) commit with the broadcast or not at all.
   */
  public Broadcast create(Jdbc tx, StaffMember by, BroadcastRequest request, String progressChat) {
    Instant now = clock.instant();
    checkRequest(by, request, now);
    List<String> to = recipients(tx, request.audience());
    boolean later = request.sendAt() != null;
    if (!later && to.isEmpty()) {
      throw new BroadcastException(Reason.BAD_REQUEST, BroadcastTexts.NO_RECIPIENTS);
    }
    BroadcastState state = later ? BroadcastState.SCHEDULED : BroadcastState.SENDING;
    long id =
        store.insert(
            tx,
            request,
            by.name(),
            now,
            later ? request.sendAt() : now,
            state,
            to.size(),
            progressChat);
    if (!later) {
      enqueue(tx, id, message(request.text(), request.attachment()), to);
    }
    return store.find(tx, id).orElseThrow();
  }

  /**
   * How many chats {@code audience} reaches now, for a preview.
   *
   * @throws BroadcastException as {@link #create(StaffMember, BroadcastRequest)} for an audience
   *     {@code by} may not use
   */
  public int recipients(StaffMember by, Audience audience) {
    scope.check(by, audience);
    return recipients(store.jdbc(), audience).size();
  }

  /**
   * How many chats {@code request} would be sent to if it were created now, without creating it:
   * the dashboard's preview. Refuses what {@link #create(StaffMember, BroadcastRequest)} refuses,
   * except an audience that reaches nobody (the count is then 0).
   *
   * @throws BroadcastException as {@link #create(StaffMember, BroadcastRequest, String)}
   */
  public int preview(StaffMember by, BroadcastRequest request) {
    checkRequest(by, request, clock.instant());
    return recipients(store.jdbc(), request.audience()).size();
  }

  /** The audiences {@code member} may send to, for a picker. */
  public AudienceChoices choices(StaffMember member) {
    return scope.choices(member);
  }

  private void checkRequest(StaffMember by, BroadcastRequest request, Instant now) {
    scope.check(by, request.audience());
    if (request.sendAt() != null && !request.sendAt().isAfter(now)) {
      throw new BroadcastException(
          Reason.BAD_REQUEST, BroadcastTexts.sendAtPast(request.sendAtWritten()));
    }
  }

  /** What each recipient gets: the text, as the caption of the attachment when there is one. */
  public static Reply message(String text, Attachment attachment) {
    Reply reply = Reply.of(FormattedText.plain(text));
    return attachment == null ? reply : reply.withAttachment(attachment);
  }

  /** The broadcasts {@code member} may see, newest first. */
  public List<Broadcast> visibleTo(StaffMember member) {
    return store.all().stream().filter(b -> scope.reaches(member, b.audience())).toList();
  }

  /**
   * @throws BroadcastException 404 if there is none, or {@code member} may not see it
   */
  public Broadcast get(StaffMember member, long id) {
    return store
        .find(store.jdbc(), id)
        .filter(b -> scope.reaches(member, b.audience()))
        .orElseThrow(() -> new BroadcastException(Reason.NOT_FOUND, BroadcastTexts.notFound(id)));
  }

  /** Its recipients by how their message went. */
  public BroadcastCounts counts(long id) {
    return BroadcastCounts.of(store.rowStates(id));
  }

  /**
   * Holds a sending broadcast's rows still queued.
   *
   * @throws BroadcastException 404 as {@link #get}, 409 unless it is sending
   */
  public Broadcast pause(StaffMember member, long id) {
    return change(
        member,
        id,
        "tạm dừng",
        Set.of(BroadcastState.SENDING),
        BroadcastState.PAUSED,
        (tx, at) -> store.moveRows(tx, id, OutboxState.QUEUED, OutboxState.PAUSED, at));
  }

  /**
   * Queues a paused broadcast's held rows again.
   *
   * @throws BroadcastException 404 as {@link #get}, 409 unless it is paused
   */
  public Broadcast resume(StaffMember member, long id) {
    return change(
        member,
        id,
        "tiếp tục",
        Set.of(BroadcastState.PAUSED),
        BroadcastState.SENDING,
        (tx, at) -> store.moveRows(tx, id, OutboxState.PAUSED, OutboxState.QUEUED, at));
  }

  /**
   * Stops a broadcast for good: a scheduled one never starts, the rows not yet sent are not sent.
   *
   * @throws BroadcastException 404 as {@link #get}, 409 if it is already done or cancelled
   */
  public Broadcast cancel(StaffMember member, long id) {
    return change(
        member,
        id,
        "hủy",
        Set.of(BroadcastState.SCHEDULED, BroadcastState.SENDING, BroadcastState.PAUSED),
        BroadcastState.CANCELLED,
        (tx, at) ->
            store.moveRows(tx, id, OutboxState.QUEUED, OutboxState.CANCELLED, at)
                + store.moveRows(tx, id, OutboxState.PAUSED, OutboxState.CANCELLED, at));
  }

  /**
   * The scheduled job: starts the scheduled broadcasts whose time has come and marks done the
   * broadcasts whose every row has settled. A broadcast that fails to start (the database, a
   * rendering) stays scheduled, with no row queued, and is tried again at the next run; the others
   * go on.
   *
   * @return how many broadcasts started
   */
  public int runOnce() {
    Instant now = clock.instant();
    int started = 0;
    for (long id : store.due(now)) {
      try {
        started += start(id, now) ? 1 : 0;
      } catch (RuntimeException e) {
        log.warn("Broadcast {} could not start; it stays scheduled for the next run", id, e);
      }
    }
    int done = store.finishSettled(now);
    if (done > 0) {
      log.info("Broadcasts: {} finished", done);
    }
    return started;
  }

  private boolean start(long id, Instant now) {
    return store
        .jdbc()
        .inTransaction(
            tx -> {
              if (!store.move(tx, id, BroadcastState.SCHEDULED, BroadcastState.SENDING, now)) {
                return false;
              }
              Broadcast broadcast = store.find(tx, id).orElseThrow();
              List<String> to = recipients(tx, broadcast.audience());
              store.setRecipients(tx, id, to.size());
              enqueue(tx, id, message(broadcast.text(), broadcast.attachment()), to);
              log.info("Broadcast {} started: {} recipients", id, to.size());
              return true;
            });
  }

  private List<String> recipients(Jdbc tx, Audience audience) {
    return switch (audience.kind()) {
      case ALL -> Recipients.all(tx);
      case UNIT -> Recipients.reportersOf(tx, scope.codes(audience));
      case TAG -> Recipients.tagged(tx, audience.tag());
    };
  }

  private void enqueue(Jdbc tx, long id, Reply reply, List<String> to) {
    List<OutgoingMessage> rows =
        to.stream()
            .flatMap(chat -> telegram.messages(chat, reply, Priority.BULK).stream())
            .toList();
    outbox.enqueue(tx, rows, id);
  }

  /** What a state change does to the broadcast's outbox rows, in its transaction. */
  @FunctionalInterface
  private interface RowChange {
    int apply(Jdbc tx, Instant at);
  }

  private Broadcast change(
      StaffMember member,
      long id,
      String action,
      Set<BroadcastState> from,
      BroadcastState to,
      RowChange rows) {
    get(member, id);
    Instant now = clock.instant();
    return store
        .jdbc()
        .inTransaction(
            tx -> {
              Broadcast current = store.find(tx, id).orElseThrow();
              if (!from.contains(current.state())
                  || !store.move(tx, id, current.state(), to, now)) {
                throw new BroadcastException(
                    Reason.WRONG_STATE, BroadcastTexts.wrongState(action, id, current.state()));
              }
              int moved = rows.apply(tx, now);
              log.info("Broadcast {} {} by {}: {} rows", id, to.key(), member.name(), moved);
              return store.find(tx, id).orElseThrow();
            });
  }
}
