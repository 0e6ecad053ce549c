package vn.trolycongdoan.bot.broadcasts.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.trolycongdoan.bot.broadcasts.Broadcast;
import vn.trolycongdoan.bot.broadcasts.BroadcastException;
import vn.trolycongdoan.bot.broadcasts.BroadcastRequest;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.broadcasts.chat.ChatStaff.Staff;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.period.Period;

/**
 * The end of composing: the preview (the broadcast exactly as recipients get it, then its recipient
 * count with "Gửi ngay", "Hẹn giờ" and "Hủy"), and the broadcast made from the draft. The draft is
 * marked done in the transaction that creates the broadcast, so a second press, a press racing
 * another, or an update handled again after a crash never makes a second one.
 */
final class DraftSending {

  private static final Set<ComposeStep> SENDABLE = Set.of(ComposeStep.PREVIEW, ComposeStep.SEND_AT);

  private final SqliteBroadcastDrafts drafts;
  private final Broadcasts broadcasts;
  private final AudienceNames names;
  private final Clock clock;

  DraftSending(
      SqliteBroadcastDrafts drafts, Broadcasts broadcasts, AudienceNames names, Clock clock) {
    this.drafts = drafts;
    this.broadcasts = broadcasts;
    this.names = names;
    this.clock = clock;
  }

  /** Moves {@code draft} (its audience chosen) to the preview and shows it. */
  ChatResponse preview(Staff staff, BroadcastDraft draft) {
    int recipients;
    try {
      recipients = broadcasts.recipients(staff.member(), draft.audience());
    } catch (BroadcastException refused) {
      return ChatResponse.text(refused.getMessage());
    }
    BroadcastDraft previewed = draft.withAudience(draft.audience());
    if (!drafts.update(
        previewed, Set.of(ComposeStep.AUDIENCE, ComposeStep.UNIT, ComposeStep.PREVIEW))) {
      return ChatResponse.text(ComposeTexts.DRAFT_GONE);
    }
    long id = draft.id();
    Reply choice =
        Reply.of(
            FormattedText.plain(ComposeTexts.preview(recipients, names.describe(draft.audience()))),
            List.of(
                List.of(
                    button(Composer.SEND_NOW, id, ComposeTexts.SEND_NOW),
                    button(Composer.SCHEDULE, id, ComposeTexts.SCHEDULE)),
                List.of(button(Composer.CANCEL, id, ComposeTexts.CANCEL))));
    return ChatResponse.of(Broadcasts.message(draft.text(), draft.attachment()), choice);
  }

  /** Waits for the time to send at. */
  ChatResponse askSendAt(BroadcastDraft draft) {
    if (!drafts.update(draft.at(ComposeStep.SEND_AT), SENDABLE)) {
      return ChatResponse.notice(ComposeTexts.DRAFT_GONE);
    }
    return ChatResponse.text(ComposeTexts.ASK_SEND_AT);
  }

  /** Creates the broadcast now; the reply replaces the preview's buttons. */
  ChatResponse sendNow(Staff staff, BroadcastDraft draft) {
    try {
      Optional<Broadcast> created = create(staff, draft, null, null);
      return created
          .map(b -> reply(ComposeTexts.started(b.id(), b.recipients())))
          .orElseGet(() -> ChatResponse.notice(ComposeTexts.DRAFT_GONE));
    } catch (BroadcastException refused) {
      return ChatResponse.text(refused.getMessage());
    }
  }

  /** Reads the time typed and schedules the broadcast then, or says what is wrong with it. */
  ChatResponse schedule(Staff staff, BroadcastDraft draft, String written) {
    ZonedDateTime now = clock.instant().atZone(Period.ZONE);
    Optional<LocalDateTime> at = SendTime.parse(written, now);
    if (at.isEmpty()) {
      return ChatResponse.text(ComposeTexts.badSendAt(written.strip()));
    }
    Instant sendAt = at.get().atZone(Period.ZONE).toInstant();
    if (!sendAt.isAfter(now.toInstant())) {
      return ChatResponse.text(ComposeTexts.sendAtPast(at.get()));
    }
    try {
      return create(staff, draft, sendAt, written.strip())
          .map(b -> ChatResponse.text(ComposeTexts.scheduled(b.id(), at.get(), b.recipients())))
          .orElseGet(() -> ChatResponse.text(ComposeTexts.DRAFT_GONE));
    } catch (BroadcastException refused) {
      return ChatResponse.text(refused.getMessage());
    }
  }

  /** The broadcast, with the draft marked done in its transaction; empty if the draft moved on. */
  private Optional<Broadcast> create(
      Staff staff, BroadcastDraft draft, Instant sendAt, String written) {
    BroadcastRequest request =
        new BroadcastRequest(draft.text(), draft.audience(), sendAt, written, draft.attachment());
    try {
      return drafts
          .jdbc()
          .inTransaction(
              tx -> {
                Broadcast broadcast =
                    broadcasts.create(tx, staff.member(), request, staff.chatId());
                BroadcastDraft done =
                    new BroadcastDraft(
                        draft.id(),
                        ComposeStep.DONE,
                        draft.text(),
                        draft.attachment(),
                        draft.audience(),
                        draft.wholeSubtree(),
                        broadcast.id());
                if (!drafts.update(tx, done, SENDABLE)) {
                  throw new DraftMovedOn();
                }
                return Optional.of(broadcast);
              });
    } catch (DraftMovedOn movedOn) {
      return Optional.empty();
    }
  }

  private static ChatResponse reply(String text) {
    return ChatResponse.of(Reply.of(FormattedText.plain(text)).replacingPressed());
  }

  private static Button button(String action, long id, String label) {
    return ButtonData.of(Composer.PREFIX, action, id).button(label);
  }

  /** Rolls the transaction back when the draft was used up meanwhile. */
  private static final class DraftMovedOn extends RuntimeException {
    DraftMovedOn() {
      super(null, null, false, false);
    }
  }
}
