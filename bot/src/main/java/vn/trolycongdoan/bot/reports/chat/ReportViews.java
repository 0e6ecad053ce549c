package vn.trolycongdoan.bot.reports.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.period.Cadence;
import vn.trolycongdoan.bot.reports.period.ChatPeriods;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.store.ReportStore;
import vn.trolycongdoan.bot.reports.store.StoredValue;
import vn.trolycongdoan.bot.reports.store.ValueChange;

/**
 * {@code /xem [kỳ] [mã đơn vị]} (the figures in force) and {@code /lichsu [kỳ] [mã đơn vị]} (every
 * change: who, when, old → new) for the sender's units, or for a unit of a staff member's subtree.
 * A period named shows it and the shorter periods inside it; none shows the open period of each
 * cadence. Reads only.
 */
final class ReportViews {

  private static final List<Cadence> LONGEST_FIRST =
      Arrays.stream(Cadence.values())
          .sorted(Comparator.comparingInt(Cadence::months).reversed())
          .toList();

  private final ReporterStore reporters;
  private final StaffRoles staff;
  private final ReportStore reports;
  private final ValueLines lines;
  private final Clock clock;

  ReportViews(
      ReporterStore reporters,
      StaffRoles staff,
      ReportStore reports,
      ValueLines lines,
      Clock clock) {
    this.reporters = reporters;
    this.staff = staff;
    this.reports = reports;
    this.lines = lines;
    this.clock = clock;
  }

  ChatCommand current() {
    return new ChatCommand(
        "xem",
        "Xem số liệu đơn vị đã báo cáo",
        "/xem [kỳ] [mã đơn vị]",
        (from, argument) -> view(from, argument, "/xem", this::currentOf));
  }

  ChatCommand history() {
    return new ChatCommand(
        "lichsu",
        "Xem lịch sử thay đổi số liệu báo cáo",
        "/lichsu [kỳ] [mã đơn vị]",
        (from, argument) -> view(from, argument, "/lichsu", this::historyOf));
  }

  /** Writes one unit's lines for one period; returns whether it wrote any. */
  @FunctionalInterface
  private interface Section {
    boolean write(FormattedText.Builder text, String unit, Period period);
  }

  private ChatResponse view(ChatUser from, String argument, String command, Section section) {
    List<String> units = reporters.unitsOf(from);
    if (units.isEmpty() && staff.of(from).isEmpty()) {
      return ChatResponse.text(ReporterTexts.NOT_REGISTERED);
    }
    Optional<Period> period = Optional.empty();
    List<String> chosen = units;
    for (String word : argument.split("[\\s,;]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String code = word.toUpperCase(Locale.ROOT);
      if (ChatPeriods.looksLikePeriod(word)) {
        period = ChatPeriods.parse(word);
        if (period.isEmpty()) {
          return ChatResponse.text(ReporterTexts.unknownPeriod(word));
        }
      } else if (units.contains(code) || staff.mayCorrect(from, code)) {
        chosen = List.of(code);
      } else {
        return ChatResponse.text(ReporterTexts.notUnderstood(word, command));
      }
    }
    if (chosen.isEmpty()) {
      return ChatResponse.text(ReporterTexts.staffNameUnit(command));
    }
    List<Period> periods = period.map(ReportViews::withParts).orElseGet(this::openPeriods);
    FormattedText.Builder text = FormattedText.builder();
    for (int i = 0; i < chosen.size(); i++) {
      String unit = chosen.get(i);
      if (i > 0) {
        text.newline().newline();
      }
      text.bold(lines.unit(unit));
      boolean any = false;
      for (Period p : periods) {
        any |= section.write(text, unit, p);
      }
      if (!any) {
        text.newline().plain(ReporterTexts.nothingFor(periods));
      }
    }
    return ChatResponse.of(Reply.of(text.build()));
  }

  private boolean currentOf(FormattedText.Builder text, String unit, Period period) {
    List<StoredValue> values = reports.current(unit, period);
    if (!values.isEmpty()) {
      text.newline().plain("Kỳ " + period.label() + ":");
    }
    for (StoredValue value : values) {
      text.newline()
          .plain("• " + lines.indicator(value.indicator()) + ": ")
          .bold(lines.value(value.indicator(), value.value()))
          .plain(" (" + value.receipt() + (value.late() ? ", nộp muộn" : "") + ")");
    }
    return !values.isEmpty();
  }

  private boolean historyOf(FormattedText.Builder text, String unit, Period period) {
    List<ValueChange> changes = reports.history(unit, period);
    if (!changes.isEmpty()) {
      text.newline().plain("Kỳ " + period.label() + ":");
    }
    for (ValueChange change : changes) {
      String before =
          change.previous() == null
              ? "(chưa có)"
              : lines.value(change.indicator(), change.previous());
      String who =
          change.by().displayName().isEmpty() ? change.by().userId() : change.by().displayName();
      text.newline()
          .plain(
              "• "
                  + ReporterTexts.moment(change.receivedAt())
                  + ", "
                  + who
                  + ": "
                  + lines.indicator(change.indicator())
                  + " "
                  + before
                  + " → ")
          .bold(lines.value(change.indicator(), change.value()))
          .plain(" (" + change.receipt() + (change.late() ? ", nộp muộn" : "") + ")");
    }
    return !changes.isEmpty();
  }

  /** The open period of each cadence, longest first. */
  private List<Period> openPeriods() {
    return LONGEST_FIRST.stream().map(cadence -> Period.current(cadence, clock)).toList();
  }

  /** The period and the shorter ones inside it, longest first. */
  private static List<Period> withParts(Period period) {
    List<Period> periods = new ArrayList<>();
    for (Cadence cadence : LONGEST_FIRST) {
      periods.addAll(period.parts(cadence));
    }
    return periods;
  }
}
