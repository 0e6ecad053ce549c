package vn.trolycongdoan.bot.reports.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.ButtonHandler;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.store.ConfirmedReport;
import vn.trolycongdoan.bot.reports.store.Receipt;
import vn.trolycongdoan.bot.reports.store.ReportStore;
import vn.trolycongdoan.bot.reports.store.ReportValue;

/**
 * The buttons under a draft: pick the unit, ✅ Xác nhận (stores the report once, however often it is
 * pressed: the draft's id is the confirmation key; refused once the period locked, unless the
 * sender is staff of the unit), ✏️ Sửa (drops the draft and says how to resend) and ❌ Hủy (drops
 * it). Only the draft's sender can press them.
 */
final class DraftButtons implements ButtonHandler {

  private final DraftStore drafts;
  private final ReporterStore reporters;
  private final StaffRoles staff;
  private final ReportStore reports;
  private final DraftEcho echo;
  private final Deadlines deadlines;
  private final Clock clock;

  DraftButtons(
      DraftStore drafts,
      ReporterStore reporters,
      StaffRoles staff,
      ReportStore reports,
      DraftEcho echo,
      Deadlines deadlines,
      Clock clock) {
    this.drafts = drafts;
    this.reporters = reporters;
    this.staff = staff;
    this.reports = reports;
    this.echo = echo;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public ChatResponse press(ChatUser from, List<String> arguments) {
    String action = arguments.get(0);
    Optional<ReportDraft> found = drafts.find(arguments.get(1)).filter(d -> d.sentBy(from));
    if (found.isEmpty()) {
      return ChatResponse.notice(ReporterTexts.DRAFT_GONE);
    }
    ReportDraft draft = found.get();
    return switch (action) {
      case DraftEcho.UNIT -> chooseUnit(from, draft, arguments.get(2));
      case DraftEcho.CONFIRM -> confirm(draft);
      case DraftEcho.EDIT -> edit(draft);
      case DraftEcho.CANCEL -> cancel(draft);
      default -> throw new IllegalArgumentException("unknown draft action: " + action);
    };
  }

  private ChatResponse chooseUnit(ChatUser from, ReportDraft draft, String unit) {
    if (draft.receipt() != null || !reporters.unitsOf(from).contains(unit)) {
      return ChatResponse.notice(ReporterTexts.DRAFT_GONE);
    }
    drafts.chooseUnit(draft.id(), unit);
    return replacing(echo.confirmation(draft.forUnit(unit)));
  }

  private ChatResponse confirm(ReportDraft draft) {
    if (draft.unitCode() == null) {
      return ChatResponse.notice(ReporterTexts.PICK_UNIT);
    }
    if (draft.receipt() != null) {
      return replacing(Reply.of(FormattedText.plain(ReporterTexts.alreadyStored(draft.receipt()))));
    }
    Instant now = clock.instant();
    Optional<String> locked =
        staff.mayCorrect(draft.from(), draft.unitCode())
            ? Optional.empty()
            : ReportSubmission.lockedRefusal(draft.values(), deadlines, now);
    if (locked.isPresent()) {
      drafts.delete(draft.id());
      return replacing(Reply.of(FormattedText.plain(locked.get())));
    }
    Receipt receipt =
        reports.store(
            new ConfirmedReport(
                draft.id(), draft.unitCode(), draft.from(), now, draft.rawText(), draft.values()));
    drafts.markStored(draft.id(), receipt.number());
    if (receipt.alreadyStored()) {
      return replacing(
          Reply.of(FormattedText.plain(ReporterTexts.alreadyStored(receipt.number()))));
    }
    List<ReportValue> late =
        draft.values().stream().filter(v -> deadlines.isLate(v.period(), now)).toList();
    return replacing(Reply.of(ReporterTexts.stored(receipt.number(), draft, late, deadlines)));
  }

  private ChatResponse edit(ReportDraft draft) {
    if (draft.receipt() != null) {
      return replacing(Reply.of(FormattedText.plain(ReporterTexts.CANCEL_TOO_LATE)));
    }
    drafts.delete(draft.id());
    return replacing(Reply.of(ReporterTexts.resend(draft.rawText())));
  }

  private ChatResponse cancel(ReportDraft draft) {
    if (draft.receipt() != null) {
      return replacing(Reply.of(FormattedText.plain(ReporterTexts.CANCEL_TOO_LATE)));
    }
    drafts.delete(draft.id());
    return replacing(Reply.of(FormattedText.plain(ReporterTexts.CANCELLED)));
  }

  private static ChatResponse replacing(Reply reply) {
    return ChatResponse.of(reply.replacingPressed());
  }
}
