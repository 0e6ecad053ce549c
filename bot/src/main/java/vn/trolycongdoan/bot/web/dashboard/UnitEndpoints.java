package vn.trolycongdoan.bot.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.reports.directory.UnitDirectory;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.web.StaffEndpoints;
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * The Đơn vị page ({@code /quanly/donvi}) and its API, each within the member's subtree: {@code GET
 * /api/quanly/units} (the tree), {@code GET /api/quanly/units/invites[?unit=CODE]}, {@code POST
 * /api/quanly/units/invites} ({@code {unit, days}}, 201) and {@code GET
 * /api/quanly/units/reporters}.
 */
public final class UnitEndpoints implements StaffEndpoints {

  private static final String BAD_DAYS = "Số ngày (days) phải là một số nguyên.";

  private final UnitDirectory directory;

  public UnitEndpoints(UnitDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void register(StaffRouter router) {
    router
        .page("/quanly/donvi", DashboardPage.named("donvi"))
        .get("/api/quanly/units", (ctx, member) -> ctx.json(directory.units(member)))
        .get("/api/quanly/units/invites", this::invites)
        .post("/api/quanly/units/invites", this::createInvite)
        .get("/api/quanly/units/reporters", this::reporters);
  }

  private void invites(Context ctx, StaffMember member) {
    List<Map<String, Object>> views =
        directory.invites(member, ctx.queryParam("unit")).stream()
            .map(UnitEndpoints::view)
            .toList();
    ctx.json(views);
  }

  private void createInvite(Context ctx, StaffMember member) {
    JsonNode body = DashboardJson.body(ctx);
    JsonNode days = body.get("days");
    int asked;
    if (days == null || days.isNull()) {
      asked = UnitDirectory.DEFAULT_DAYS;
    } else if (days.isIntegralNumber() && days.canConvertToInt()) {
      asked = days.intValue();
    } else {
      throw new InvalidRequestException(BAD_DAYS);
    }
    UnitDirectory.InviteEntry created =
        directory.createInvite(member, DashboardJson.text(body, "unit"), asked);
    ctx.status(201).json(view(created));
  }

  private void reporters(Context ctx, StaffMember member) {
    ctx.json(
        directory.reporters(member).stream()
            .map(
                reporter -> {
                  Map<String, Object> view = new LinkedHashMap<>();
                  view.put("unit", reporter.unit());
                  view.put("unitName", reporter.unitName());
                  view.put("channel", reporter.channel().name().toLowerCase(Locale.ROOT));
                  view.put("name", reporter.name());
                  view.put("registeredAt", DashboardJson.time(reporter.registeredAt()));
                  return view;
                })
            .toList());
  }

  private static Map<String, Object> view(UnitDirectory.InviteEntry invite) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("code", invite.code());
    view.put("unit", invite.unit());
    view.put("unitName", invite.unitName());
    view.put("createdAt", DashboardJson.time(invite.createdAt()));
    view.put("expiresAt", DashboardJson.time(invite.expiresAt()));
    view.put("createdBy", invite.createdBy());
    view.put("state", invite.state());
    view.put("usedAt", DashboardJson.time(invite.usedAt()));
    view.put("usedBy", invite.usedBy());
    return view;
  }
}
