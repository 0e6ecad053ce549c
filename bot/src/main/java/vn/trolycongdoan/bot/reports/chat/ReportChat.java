package vn.trolycongdoan.bot.reports.chat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.trolycongdoan.bot.chat.ButtonHandler;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.CommandHandler;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.reports.parsing.ReportCommandParser;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.store.SqliteReportStore;
import vn.trolycongdoan.bot.store.Database;

/**
 * The reporter's chat, put together over one database: {@code /dangky}, {@code /baocao} with its
 * buttons and its guided entry, {@code /xem}, {@code /lichsu} and {@code /huy}. Thread-safe.
 */
public final class ReportChat {

  private final GuidedEntry guided;
  private final List<ChatCommand> commands;
  private final Map<String, ButtonHandler> buttons;

  /**
   * @param staff who may report for the units of their subtree, even in a locked period
   * @param clock the time reports are read, confirmed and judged late or locked by
   */
  public ReportChat(
      ReportingFiles files, Database database, Deadlines deadlines, StaffRoles staff, Clock clock) {
    ReporterStore reporters = new SqliteReporterStore(database);
    DraftStore drafts = new SqliteDraftStore(database);
    SqliteReportStore reports = new SqliteReportStore(database, deadlines);
    ValueLines lines = new ValueLines(files.catalogue(), files.units());
    DraftEcho echo = new DraftEcho(lines, deadlines);
    ReportCommandParser parser = new ReportCommandParser(files.catalogue(), files.units(), clock);
    ReportViews views = new ReportViews(reporters, staff, reports, lines, clock);
    ReportSubmission submission =
        new ReportSubmission(parser, reporters, staff, drafts, echo, deadlines, clock);
    this.guided =
        new GuidedEntry(
            new SqliteDialogueStore(database, clock),
            reporters,
            staff,
            files.catalogue().indicators(),
            lines,
            parser,
            submission,
            deadlines,
            clock);
    this.commands =
        List.of(
            new Registration(new SqliteInviteStore(database), reporters, files.units(), clock)
                .command(),
            submission.command(guided::start),
            views.current(),
            views.history(),
            guided.cancelCommand());
    this.buttons =
        Map.of(
            DraftEcho.PREFIX,
            new DraftButtons(drafts, reporters, staff, reports, echo, deadlines, clock),
            GuidedEntry.PREFIX,
            guided);
  }

  /**
   * What answers plain text: the guided entry of a sender who has one under way, {@code otherwise}
   * for everyone else.
   */
  public CommandHandler plainText(CommandHandler otherwise) {
    return (from, text) -> guided.answer(from, text).orElseGet(() -> otherwise.handle(from, text));
  }

  /**
   * {@code /dangky}, {@code /baocao}, {@code /xem}, {@code /lichsu} and {@code /huy}, in menu
   * order.
   */
  public List<ChatCommand> commands() {
    return commands;
  }

  /** The buttons under a draft and those of the guided entry, by prefix. */
  public Map<String, ButtonHandler> buttons() {
    return buttons;
  }
}
