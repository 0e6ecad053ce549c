package vn.trolycongdoan.bot.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.reports.staff.ReportsCsv;
import vn.trolycongdoan.bot.reports.staff.ReportsView;
import vn.trolycongdoan.bot.reports.staff.ReportsWorkbook;
import vn.trolycongdoan.bot.reports.staff.StaffAccess;
import vn.trolycongdoan.bot.reports.staff.StaffQuery;
import vn.trolycongdoan.bot.reports.staff.StaffReports;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;

/**
 * The staff API, each route behind a bearer token ({@code Authorization: Bearer <token>}) and
 * taking {@code period} and an optional {@code unit}: {@code GET /api/reports}, {@code
 * /api/rollup}, {@code /api/reports/export.csv} and {@code /api/reports/export.xlsx}, and the
 * broadcasts of {@link BroadcastRoutes}. Refusals are {@link StaffRequestException}s, answered by
 * {@link ApiErrors}; an export is built whole before anything is sent, so a failure never sends
 * half a file.
 */
public final class StaffRoutes {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final StaffAccess access;
  private final StaffReports reports;
  private final BroadcastRoutes broadcasts;

  public StaffRoutes(StaffAccess access, StaffReports reports, Broadcasts broadcasts) {
    this.access = access;
    this.reports = reports;
    this.broadcasts = new BroadcastRoutes(access, broadcasts);
  }

  void register(RoutesConfig routes) {
    routes.get("/api/reports", ctx -> ctx.json(reports.reports(query(ctx))));
    routes.get("/api/rollup", ctx -> ctx.json(reports.rollup(query(ctx))));
    routes.get("/api/reports/export.csv", this::csv);
    routes.get("/api/reports/export.xlsx", this::xlsx);
    broadcasts.register(routes);
  }

  private void csv(Context ctx) throws IOException {
    ReportsView view = reports.reports(query(ctx));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportsCsv.write(view, bytes);
    send(ctx, "text/csv; charset=utf-8", fileName(view, "csv"), bytes);
  }

  private void xlsx(Context ctx) throws IOException {
    ReportsView view = reports.reports(query(ctx));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportsWorkbook.write(view, reports.groups(), bytes);
    send(ctx, XLSX, fileName(view, "xlsx"), bytes);
  }

  private StaffQuery query(Context ctx) {
    return access.query(
        access.authenticate(ctx.header("Authorization")),
        ctx.queryParam("period"),
        ctx.queryParam("unit"));
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
