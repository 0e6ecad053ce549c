package vn.trolycongdoan.bot.reports.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.ButtonHandler;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.parsing.ParseResult;
import vn.trolycongdoan.bot.reports.parsing.Problem;
import vn.trolycongdoan.bot.reports.parsing.ReportCommandParser;
import vn.trolycongdoan.bot.reports.period.ChatPeriods;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;

/**
 * {@code /baocao} alone: asks the unit (when the sender has several), the period, then each
 * indicator of the catalogue in turn, and ends in the same confirmation as a typed {@code /baocao}.
 * Its state is stored after every step, so a restart resumes it; {@code /huy} ends it. While it
 * runs, plain text answers its question instead of going to the question handler.
 */
final class GuidedEntry implements ButtonHandler {

  static final String PREFIX = "bg";
  private static final String UNIT = "dv";
  private static final String OPEN_PERIOD = "ky";
  private static final String SKIP = "bq";
  private static final String DONE = "xong";

  private final DialogueStore dialogues;
  private final ReporterStore reporters;
  private final StaffRoles staff;
  private final List<Indicator> indicators;
  private final ValueLines lines;
  private final ReportCommandParser parser;
  private final ReportSubmission submission;
  private final Deadlines deadlines;
  private final Clock clock;

  GuidedEntry(
      DialogueStore dialogues,
      ReporterStore reporters,
      StaffRoles staff,
      List<Indicator> indicators,
      ValueLines lines,
      ReportCommandParser parser,
      ReportSubmission submission,
      Deadlines deadlines,
      Clock clock) {
    this.dialogues = dialogues;
    this.reporters = reporters;
    this.staff = staff;
    this.indicators = List.copyOf(indicators);
    this.lines = lines;
    this.parser = parser;
    this.submission = submission;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  ChatCommand cancelCommand() {
    return new ChatCommand(
        "huy", "Dừng nhập báo cáo từng bước", "/huy", (from, ignored) -> cancel(from));
  }

  /** Starts an entry for {@code from}, replacing one under way. */
  ChatResponse start(ChatUser from) {
    List<String> units = reporters.unitsOf(from);
    if (units.isEmpty()) {
      return ChatResponse.text(
          staff.of(from).isPresent()
              ? ReporterTexts.STAFF_NAME_UNIT
              : ReporterTexts.NOT_REGISTERED);
    }
    EntryDialogue dialogue =
        new EntryDialogue(from, units.size() == 1 ? units.get(0) : null, null, 0, "");
    dialogues.save(dialogue);
    return ChatResponse.of(question(dialogue, units));
  }

  /** The answer to plain text from {@code from}, if they have an entry under way. */
  Optional<ChatResponse> answer(ChatUser from, String text) {
    return dialogues.find(from).map(dialogue -> answer(dialogue, text.strip()));
  }

  private ChatResponse answer(EntryDialogue dialogue, String text) {
    if (dialogue.unitCode() == null) {
      return ChatResponse.of(question(dialogue, reporters.unitsOf(dialogue.from())));
    }
    if (dialogue.period() == null) {
      return choosePeriod(dialogue, text);
    }
    Indicator indicator = indicators.get(dialogue.step());
    String pair = indicator.code() + "=" + text;
    ParseResult parsed = parser.parse(pair);
    if (parsed instanceof ParseResult.Problems problems) {
      return ChatResponse.text(
          String.join("\n", problems.problems().stream().map(Problem::message).toList()));
    }
    if (((ParseResult.Draft) parsed).values().size() != 1) {
      return ChatResponse.text(ReporterTexts.oneNumber(indicator.code()));
    }
    return advance(dialogue.next(pair));
  }

  /** Takes the period written, if it names one that has begun and is not locked. */
  private ChatResponse choosePeriod(EntryDialogue dialogue, String text) {
    Optional<Period> period = ChatPeriods.parse(text);
    if (period.isEmpty()) {
      return ChatResponse.text(ReporterTexts.unknownPeriod(text));
    }
    Instant now = clock.instant();
    if (period.get().firstDay().isAfter(LocalDate.ofInstant(now, Period.ZONE))) {
      return ChatResponse.text(ReporterTexts.notBegun(period.get()));
    }
    if (deadlines.isLocked(period.get(), now)) {
      return ChatResponse.text(
          ReporterTexts.locked(period.get(), deadlines.lockedFrom(period.get())));
    }
    return advance(dialogue.withPeriod(period.get().toString()));
  }

  @Override
  public ChatResponse press(ChatUser from, List<String> arguments) {
    Optional<EntryDialogue> found = dialogues.find(from);
    if (found.isEmpty()) {
      return ChatResponse.notice(ReporterTexts.NO_ENTRY);
    }
    EntryDialogue dialogue = found.get();
    String action = arguments.get(0);
    if (action.equals(UNIT) && dialogue.unitCode() == null) {
      String unit = arguments.get(1);
      if (!reporters.unitsOf(from).contains(unit)) {
        throw new IllegalArgumentException("not a unit of the sender: " + unit);
      }
      return advance(dialogue.withUnit(unit));
    }
    if (action.equals(OPEN_PERIOD) && dialogue.unitCode() != null && dialogue.period() == null) {
      return advance(dialogue.withPeriod(""));
    }
    boolean asking = dialogue.period() != null;
    if (asking && action.equals(SKIP) && arguments.get(1).equals(String.valueOf(dialogue.step()))) {
      return advance(dialogue.next(null));
    }
    if (asking && action.equals(DONE)) {
      return finish(dialogue);
    }
    return ChatResponse.notice(ReporterTexts.DRAFT_GONE);
  }

  private ChatResponse advance(EntryDialogue dialogue) {
    if (dialogue.period() != null && dialogue.step() >= indicators.size()) {
      return finish(dialogue);
    }
    dialogues.save(dialogue);
    return ChatResponse.of(question(dialogue, List.of()));
  }

  private ChatResponse finish(EntryDialogue dialogue) {
    dialogues.delete(dialogue.from());
    if (dialogue.answers().isEmpty()) {
      return ChatResponse.text(ReporterTexts.NOTHING_ENTERED);
    }
    return submission.submit(dialogue.from(), dialogue.asReport());
  }

  private ChatResponse cancel(ChatUser from) {
    return ChatResponse.text(
        dialogues.delete(from) ? ReporterTexts.ENTRY_CANCELLED : ReporterTexts.NO_ENTRY);
  }

  private Reply question(EntryDialogue dialogue, List<String> units) {
    if (dialogue.unitCode() == null) {
      return Reply.of(
          FormattedText.plain(ReporterTexts.PICK_UNIT),
          units.stream()
              .map(code -> List.of(ButtonData.of(PREFIX, UNIT, code).button(lines.unit(code))))
              .toList());
    }
    if (dialogue.period() == null) {
      return Reply.of(
          FormattedText.plain(ReporterTexts.ASK_PERIOD),
          List.of(List.of(ButtonData.of(PREFIX, OPEN_PERIOD).button("Kỳ đang mở"))));
    }
    Indicator indicator = indicators.get(dialogue.step());
    return Reply.of(
        ReporterTexts.askValue(indicator, dialogue.step() + 1, indicators.size()),
        List.of(
            List.of(
                ButtonData.of(PREFIX, SKIP, dialogue.step()).button("Bỏ qua"),
                ButtonData.of(PREFIX, DONE).button("Xong, xem lại"))));
  }
}
