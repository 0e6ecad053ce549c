package vn.trolycongdoan.bot.reports.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.parsing.DraftValue;
import vn.trolycongdoan.bot.reports.parsing.ParseResult;
import vn.trolycongdoan.bot.reports.parsing.Problem;
import vn.trolycongdoan.bot.reports.parsing.ReportCommandParser;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.store.ReportValue;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

/**
 * {@code /baocao [kỳ] [đơn vị] CODE=VALUE …}: reads the figures, checks who may report them and for
 * which period (staff correct their subtree's units, see {@link #submit}), and keeps them as a
 * draft echoed with ✅ Xác nhận / ✏️ Sửa / ❌ Hủy. Stores no report: only {@link DraftButtons} does,
 * on Xác nhận. Every refusal stores nothing.
 */
final class ReportSubmission {

  private final ReportCommandParser parser;
  private final ReporterStore reporters;
  private final StaffRoles staff;
  private final DraftStore drafts;
  private final DraftEcho echo;
  private final Deadlines deadlines;
  private final Clock clock;

  ReportSubmission(
      ReportCommandParser parser,
      ReporterStore reporters,
      StaffRoles staff,
      DraftStore drafts,
      DraftEcho echo,
      Deadlines deadlines,
      Clock clock) {
    this.parser = parser;
    this.reporters = reporters;
    this.staff = staff;
    this.drafts = drafts;
    this.echo = echo;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /**
   * @param alone what answers {@code /baocao} without figures
   */
  ChatCommand command(Function<ChatUser, ChatResponse> alone) {
    return new ChatCommand(
        "baocao",
        "Gửi báo cáo số liệu của đơn vị",
        "/baocao [kỳ] [mã đơn vị] MÃ=SỐ …",
        (from, argument) -> argument.isEmpty() ? alone.apply(from) : submit(from, argument));
  }

  /**
   * Reads {@code argument} (the figures after {@code /baocao}) into a draft, or refuses it. Staff
   * naming a unit of their subtree may report for it, even for a period locked for its reporters.
   */
  ChatResponse submit(ChatUser from, String argument) {
    List<String> units = reporters.unitsOf(from);
    if (units.isEmpty() && staff.of(from).isEmpty()) {
      return ChatResponse.text(ReporterTexts.NOT_REGISTERED);
    }
    ParseResult parsed = parser.parse(argument);
    if (parsed instanceof ParseResult.Problems problems) {
      return ChatResponse.text(
          String.join("\n", problems.problems().stream().map(Problem::message).toList()));
    }
    ParseResult.Draft draft = (ParseResult.Draft) parsed;
    if (draft.values().isEmpty()) {
      return ChatResponse.of(Reply.of(ReporterTexts.reportUsage()));
    }
    Optional<OrgUnit> named = draft.unit();
    boolean correcting = named.isPresent() && staff.mayCorrect(from, named.get().code());
    Optional<String> refused = correcting ? Optional.empty() : unitRefusal(units, named);
    if (refused.isPresent()) {
      return ChatResponse.text(refused.get());
    }
    Instant now = clock.instant();
    List<ReportValue> values =
        draft.values().stream().map(value -> valueOf(value, draft.period())).toList();
    Optional<String> locked = correcting ? Optional.empty() : lockedRefusal(values, deadlines, now);
    if (locked.isPresent()) {
      return ChatResponse.text(locked.get());
    }
    String unit = named.map(OrgUnit::code).orElse(units.size() == 1 ? units.get(0) : null);
    ReportDraft kept =
        new ReportDraft(
            UUID.randomUUID().toString().replace("-", ""),
            from,
            unit,
            argument,
            now,
            values,
            draft.period().isEmpty(),
            null);
    drafts.save(kept);
    return ChatResponse.of(unit == null ? echo.unitChoice(kept, units) : echo.confirmation(kept));
  }

  /**
   * Why a sender reporting for {@code units} (and not correcting as staff) may not report for the
   * unit named, or, naming none, at all; empty when they may.
   */
  private static Optional<String> unitRefusal(List<String> units, Optional<OrgUnit> named) {
    if (named.isEmpty()) {
      return units.isEmpty() ? Optional.of(ReporterTexts.STAFF_NAME_UNIT) : Optional.empty();
    }
    if (units.contains(named.get().code())) {
      return Optional.empty();
    }
    return Optional.of(
        units.isEmpty()
            ? ReporterTexts.outsideStaffSubtree(named.get())
            : ReporterTexts.notYourUnit(named.get(), units));
  }

  private ReportValue valueOf(DraftValue value, Optional<Period> named) {
    Period period = named.orElseGet(() -> Period.current(value.indicator().cadence(), clock));
    return new ReportValue(value.indicator().code(), period, value.value());
  }

  /** The refusal for the first of the values' periods locked for reporters at {@code now}. */
  static Optional<String> lockedRefusal(
      List<ReportValue> values, Deadlines deadlines, Instant now) {
    return values.stream()
        .map(ReportValue::period)
        .filter(period -> deadlines.isLocked(period, now))
        .findFirst()
        .map(period -> ReporterTexts.locked(period, deadlines.lockedFrom(period)));
  }
}
