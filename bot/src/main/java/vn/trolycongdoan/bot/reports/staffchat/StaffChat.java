package vn.trolycongdoan.bot.reports.staffchat;

import java.time.Clock;
import java.util.List;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.invites.InviteStore;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.staff.StaffReports;

/**
 * The staff's chat, put together: {@code /tonghop}, {@code /chuabaocao} and {@code /taoma} for
 * staff and admins within their subtree, {@code /capquyen} for admins. Every other sender gets a
 * refusal. Thread-safe.
 */
public final class StaffChat {

  private final List<ChatCommand> commands;

  /**
   * @param library where the plan passages that targets cite are looked up
   * @param clock the time periods default to and invites are made at
   */
  public StaffChat(
      ReportingFiles files,
      StaffRoles roles,
      StaffReports reports,
      InviteStore invites,
      Deadlines deadlines,
      DocumentLibrary library,
      Clock clock) {
    StaffGate gate = new StaffGate(roles);
    SubtreeViews views =
        new SubtreeViews(
            gate,
            new SubtreeRequest(files.units(), clock),
            reports,
            new RollupReplies(files.catalogue(), deadlines, new PlanCitations(library)));
    this.commands =
        List.of(
            views.rollup(),
            views.missing(),
            new InviteMaking(gate, invites, files.units(), clock).command(),
            roles.grantCommand(clock));
  }

  /** {@code /tonghop}, {@code /chuabaocao}, {@code /taoma} and {@code /capquyen}, in menu order. */
  public List<ChatCommand> commands() {
    return commands;
  }
}
