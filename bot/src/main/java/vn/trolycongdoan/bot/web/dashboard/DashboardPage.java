package vn.trolycongdoan.bot.web.dashboard;

import io.javalin.http.Context;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.web.JarResources;
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * One dashboard page: {@code web/quanly/<name>.html} from the jar, read once, served under the
 * dashboard's strict policy and never cached (it is behind a session). The page holds no data of
 * its own; its script ({@code /quanly/assets/<name>.js}) asks the staff API.
 */
public final class DashboardPage implements StaffRouter.StaffHandler {

  private final byte[] html;

  private DashboardPage(byte[] html) {
    this.html = html;
  }

  /** The page {@code web/quanly/<name>.html}. */
  public static DashboardPage named(String name) {
    return new DashboardPage(JarResources.bytes("web/quanly/" + name + ".html"));
  }

  @Override
  public void handle(Context ctx, StaffMember member) {
    DashboardHeaders.apply(ctx);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/html; charset=utf-8").result(html);
  }
}
