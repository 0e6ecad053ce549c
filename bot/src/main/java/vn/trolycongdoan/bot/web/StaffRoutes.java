package vn.trolycongdoan.bot.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.reports.staff.ReportsCsv;
import vn.trolycongdoan.bot.reports.staff.ReportsView;
import vn.trolycongdoan.bot.reports.staff.ReportsWorkbook;
import vn.trolycongdoan.bot.reports.staff.StaffAccess;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffQuery;
import vn.trolycongdoan.bot.reports.staff.StaffReports;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;

/**
 * The staff reports API, each route behind {@link StaffAuth} (a bearer token {@code Authorization:
 * Bearer <token>} or the dashboard's session) and taking {@code period} and an optional {@code
 * unit}: {@code GET /api/reports}, {@code /api/rollup}, {@code /api/reports/export.csv} and {@code
 * /api/reports/export.xlsx}, and the broadcasts of {@link BroadcastRoutes}. Refusals are {@link
 * StaffRequestException}s, answered by {@link ApiErrors}; an export is built whole before anything
 * is sent, so a failure never sends half a file.
 */
public final class StaffRoutes implements StaffEndpoints {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final StaffAccess access;
  private final StaffReports reports;
  private final BroadcastRoutes broadcasts;

  public StaffRoutes(StaffAccess access, StaffReports reports, Broadcasts broadcasts) {
    this.access = access;
    this.reports = reports;
    this.broadcasts = new BroadcastRoutes(broadcasts);
  }

  @Override
  public void register(StaffRouter router) {
    router
        .get("/api/reports", (ctx, member) -> ctx.json(reports.reports(query(ctx, member))))
        .get("/api/rollup", (ctx, member) -> ctx.json(reports.rollup(query(ctx, member))))
        .get("/api/reports/export.csv", this::csv)
        .get("/api/reports/export.xlsx", this::xlsx);
    broadcasts.register(router);
  }

  private void csv(Context ctx, StaffMember member) throws IOException {
    ReportsView view = reports.reports(query(ctx, member));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportsCsv.write(view, bytes);
    send(ctx, "text/csv; charset=utf-8", fileName(view, "csv"), bytes);
  }

  private void xlsx(Context ctx, StaffMember member) throws IOException {
    ReportsView view = reports.reports(query(ctx, member));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportsWorkbook.write(view, reports.groups(), bytes);
    send(ctx, XLSX, fileName(view, "xlsx"), bytes);
  }

  private StaffQuery query(Context ctx, StaffMember member) {
    return access.query(member, ctx.queryParam("period"), ctx.queryParam("unit"));
  }

  private static String fileName(ReportsView view, String extension) {
    return "baocao-" + view.unit().code() + "-" + view.period() + "." + extension;
  }

  private static void send(
      Context ctx, String contentType, String fileName, ByteArrayOutputStream bytes) {
    ctx.contentType(contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    ctx.result(bytes.toByteArray());
  }
}
