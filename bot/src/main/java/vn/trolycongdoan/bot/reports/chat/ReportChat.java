package vn.trolycongdoan.bot.reports.chat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.trolycongdoan.bot.chat.ButtonHandler;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.reports.parsing.ReportCommandParser;
import vn.trolycongdoan.bot.reports.store.SqliteReportStore;
import vn.trolycongdoan.bot.store.Database;

/**
 * The reporter's chat, put together over one database: {@code /dangky}, {@code /baocao} with its
 * buttons, {@code /xem} and {@code /lichsu}. Thread-safe.
 */
public final class ReportChat {

  private final List<ChatCommand> commands;
  private final Map<String, ButtonHandler> buttons;

  /**
   * @param clock the time reports are read, confirmed and judged late or locked by
   */
  public ReportChat(ReportingFiles files, Database database, Deadlines deadlines, Clock clock) {
    ReporterStore reporters = new SqliteReporterStore(database);
    DraftStore drafts = new SqliteDraftStore(database);
    SqliteReportStore reports = new SqliteReportStore(database, deadlines);
    ValueLines lines = new ValueLines(files.catalogue(), files.units());
    DraftEcho echo = new DraftEcho(lines, deadlines);
    ReportCommandParser parser = new ReportCommandParser(files.catalogue(), files.units(), clock);
    ReportViews views = new ReportViews(reporters, reports, lines, clock);
    this.commands =
        List.of(
            new Registration(new SqliteInviteStore(database), reporters, files.units(), clock)
                .command(),
            new ReportSubmission(parser, reporters, drafts, echo, deadlines, clock).command(),
            views.current(),
            views.history());
    this.buttons = new DraftButtons(drafts, reporters, reports, echo, deadlines, clock).buttons();
  }

  /** {@code /dangky}, {@code /baocao}, {@code /xem} and {@code /lichsu}, in menu order. */
  public List<ChatCommand> commands() {
    return commands;
  }

  /** The buttons under a draft, by prefix. */
  public Map<String, ButtonHandler> buttons() {
    return buttons;
  }
}
