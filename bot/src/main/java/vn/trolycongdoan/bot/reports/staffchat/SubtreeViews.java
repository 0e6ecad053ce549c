package vn.trolycongdoan.bot.reports.staffchat;

import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.staff.RollupView;
import vn.trolycongdoan.bot.reports.staff.StaffReports;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

/**
 * {@code /tonghop [kỳ] [mã đơn vị]} (each indicator rolled up beside its target and the plan
 * passage it cites, and who has reported) and {@code /chuabaocao [kỳ] [mã đơn vị]} (the units that
 * have not), within the sender's subtree: the same {@link RollupView} as {@code GET /api/rollup},
 * written for a chat. Reads only.
 */
final class SubtreeViews {

  private final StaffGate gate;
  private final SubtreeRequest requests;
  private final StaffReports reports;
  private final RollupReplies replies;

  SubtreeViews(
      StaffGate gate, SubtreeRequest requests, StaffReports reports, RollupReplies replies) {
    this.gate = gate;
    this.requests = requests;
    this.reports = reports;
    this.replies = replies;
  }

  ChatCommand rollup() {
    return gate.command(
        "tonghop",
        "Tổng hợp số liệu, chỉ tiêu (dành cho cán bộ)",
        "/tonghop [kỳ] [mã đơn vị]",
        (from, top, argument) -> view(argument, top, "/tonghop", replies::rollup));
  }

  ChatCommand missing() {
    return gate.command(
        "chuabaocao",
        "Đơn vị chưa báo cáo (dành cho cán bộ)",
        "/chuabaocao [kỳ] [mã đơn vị]",
        (from, top, argument) -> view(argument, top, "/chuabaocao", replies::missing));
  }

  /** Writes a roll-up for a chat. */
  @FunctionalInterface
  private interface Writer {
    Reply write(RollupView view, Period period, boolean periodDefaulted);
  }

  private ChatResponse view(String argument, OrgUnit top, String command, Writer writer) {
    SubtreeRequest.Result read = requests.read(argument, top, command);
    if (read instanceof SubtreeRequest.Result.Refused refused) {
      return ChatResponse.text(refused.reply());
    }
    SubtreeRequest.Result.Query query = (SubtreeRequest.Result.Query) read;
    RollupView view = reports.rollup(query.query());
    return ChatResponse.of(writer.write(view, query.query().period(), query.periodDefaulted()));
  }
}
