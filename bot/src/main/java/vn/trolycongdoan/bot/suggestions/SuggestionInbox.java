package vn.trolycongdoan.bot.suggestions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.Priority;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The staff's kiến nghị inbox: the list, one kiến nghị with its replies, a reply that reaches the
 * member, and the status set by hand. An admin sees every kiến nghị; a staff account those whose
 * unit ({@link SenderUnit}) is in its subtree, never one of no unit. One it may not see is to it as
 * one that does not exist ({@link Optional#empty()}).
 *
 * <p>A reply to a Telegram member is queued in the outbox ({@link Priority#REPLY}) in the
 * transaction that keeps it and marks the kiến nghị {@link SuggestionStatus#ANSWERED}: all three
 * are stored, or none. A reply to the web chat, which the service cannot write to first, is kept as
 * {@link Delivery#UNDELIVERABLE}.
 *
 * <p>Thread-safe. A staff account whose unit has left the unit file gets a {@link
 * StaffRequestException} ({@code OUTSIDE_SUBTREE}); bad input an {@link InvalidRequestException};
 * database failures a {@link vn.trolycongdoan.bot.store.StoreException}.
 */
public final class SuggestionInbox {

  /** Renders a reply as a channel's outbox rows to one chat. */
  @FunctionalInterface
  public interface Rendering {
    List<OutgoingMessage> messages(String chatId, Reply reply, Priority priority);
  }

  /** The longest reply: with its heading it stays one Telegram message (4,096 characters). */
  static final int MAX_REPLY = 3000;

  private final Jdbc jdbc;
  private final SqliteSuggestionInbox store = new SqliteSuggestionInbox();
  private final UnitTree units;
  private final SqliteOutbox outbox;
  private final Rendering telegram;
  private final Clock clock;

  /**
   * @param outbox where replies are queued; its clock stamps them, so give it the sender's
   * @param telegram how a reply becomes Telegram outbox rows
   * @param clock the time a reply or a status change is stamped with
   */
  public SuggestionInbox(
      Database database, UnitTree units, SqliteOutbox outbox, Rendering telegram, Clock clock) {
    this.jdbc = database.jdbc();
    this.units = units;
    this.outbox = outbox;
    this.telegram = telegram;
    this.clock = clock;
  }

  /** The page of {@code member}'s kiến nghị that {@code filter} asks for, newest first. */
  public InboxPage list(StaffMember member, InboxFilter filter) {
    List<InboxEntry> matching =
        store.entries(jdbc, visibleUnits(member), filter).stream()
            .filter(entry -> filter.matches(entry.suggestion()))
            .toList();
    int from = Math.min(matching.size(), (filter.page() - 1) * InboxFilter.PAGE_SIZE);
    int to = Math.min(matching.size(), from + InboxFilter.PAGE_SIZE);
    return new InboxPage(
        matching.subList(from, to), matching.size(), filter.page(), InboxFilter.PAGE_SIZE);
  }

  /** The kiến nghị {@code id} with its replies; empty if there is none {@code member} may see. */
  public Optional<SuggestionThread> thread(StaffMember member, long id) {
    return thread(jdbc, visibleUnits(member), id);
  }

  /**
   * Sends {@code text} to the member who wrote the kiến nghị {@code id}, keeps it with it, and
   * marks it answered.
   *
   * @return the kiến nghị with the reply; empty if there is none {@code member} may see (nothing is
   *     stored or sent then)
   * @throws InvalidRequestException for a blank reply or one longer than {@value #MAX_REPLY}
   *     characters
   */
  public Optional<SuggestionThread> reply(StaffMember member, long id, String text) {
    String reply = text == null ? "" : text.strip();
    if (reply.isEmpty()) {
      throw new InvalidRequestException(SuggestionTexts.EMPTY_REPLY);
    }
    int length = reply.codePointCount(0, reply.length());
    if (length > MAX_REPLY) {
      throw new InvalidRequestException(SuggestionTexts.replyTooLong(length));
    }
    Set<String> visible = visibleUnits(member);
    return jdbc.inTransaction(
        tx -> {
          Optional<InboxEntry> entry = store.entry(tx, id).filter(e -> sees(visible, e));
          if (entry.isEmpty()) {
            return Optional.empty();
          }
          Instant now = clock.instant();
          Long outboxId = enqueue(tx, entry.get().suggestion(), reply);
          store.addReply(tx, id, reply, member.name(), now, outboxId);
          store.setStatus(tx, id, SuggestionStatus.ANSWERED, member.name(), now);
          return thread(tx, visible, id);
        });
  }

  /**
   * Sets the status of the kiến nghị {@code id} by hand.
   *
   * @return the kiến nghị as it is now; empty if there is none {@code member} may see
   */
  public Optional<SuggestionThread> setStatus(
      StaffMember member, long id, SuggestionStatus status) {
    Set<String> visible = visibleUnits(member);
    return jdbc.inTransaction(
        tx -> {
          if (store.entry(tx, id).filter(e -> sees(visible, e)).isEmpty()) {
            return Optional.empty();
          }
          store.setStatus(tx, id, status, member.name(), clock.instant());
          return thread(tx, visible, id);
        });
  }

  /** The outbox row that carries the reply, or {@code null} when the chat cannot be written to. */
  private Long enqueue(Jdbc tx, Suggestion suggestion, String reply) {
    if (!suggestion.from().channel().pushes()) {
      return null;
    }
    Long last = null;
    Reply message = Reply.of(SuggestionTexts.memberReply(suggestion, reply));
    for (OutgoingMessage row :
        telegram.messages(suggestion.from().chatId(), message, Priority.REPLY)) {
      last = outbox.enqueueReturningId(tx, row);
    }
    return last;
  }

  private Optional<SuggestionThread> thread(Jdbc on, Set<String> visible, long id) {
    return store
        .entry(on, id)
        .filter(entry -> sees(visible, entry))
        .map(entry -> new SuggestionThread(entry, store.replies(on, id)));
  }

  /** The unit codes {@code member} sees; {@code null} for an admin, who sees every kiến nghị. */
  private Set<String> visibleUnits(StaffMember member) {
    if (member.unitCode() == null) {
      return null;
    }
    OrgUnit own =
        units
            .byCode(member.unitCode())
            .orElseThrow(
                () ->
                    new StaffRequestException(
                        StaffRequestException.Reason.OUTSIDE_SUBTREE,
                        SuggestionTexts.unitGone(member.unitCode())));
    return units.subtree(own).stream().map(OrgUnit::code).collect(Collectors.toSet());
  }

  private static boolean sees(Set<String> visible, InboxEntry entry) {
    return visible == null || (entry.unitCode() != null && visible.contains(entry.unitCode()));
  }
}
