package vn.trolycongdoan.bot.web.dashboard;

import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.overview.Overview;
import vn.trolycongdoan.bot.web.StaffEndpoints;
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * The Tổng quan page ({@code /quanly}) and {@code GET /api/quanly/overview?days=14|30} (the {@link
 * vn.trolycongdoan.bot.overview.OverviewView} of the account; 14 days of questions unless 30 are
 * asked, anything else a 400).
 */
public final class OverviewEndpoints implements StaffEndpoints {

  private static final int DEFAULT_DAYS = 14;
  private static final int LONG_DAYS = 30;

  private final Overview overview;

  public OverviewEndpoints(Overview overview) {
    this.overview = overview;
  }

  @Override
  public void register(StaffRouter router) {
    router
        .page("/quanly", DashboardPage.named("tongquan"))
        .get(
            "/api/quanly/overview",
            (ctx, member) -> ctx.json(overview.of(member, days(ctx.queryParam("days")))));
  }

  private static int days(String written) {
    if (written == null || written.isBlank()) {
      return DEFAULT_DAYS;
    }
    return switch (written.strip()) {
      case "14" -> DEFAULT_DAYS;
      case "30" -> LONG_DAYS;
      default ->
          throw new InvalidRequestException(
              "Số ngày (days) chỉ có thể là 14 hoặc 30, không phải \"" + written + "\".");
    };
  }
}
