package vn.trolycongdoan.bot.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.trolycongdoan.bot.accounts.AccountAdmin;
import vn.trolycongdoan.bot.accounts.StaffAccount;
import vn.trolycongdoan.bot.accounts.StaffSession;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.web.StaffEndpoints;
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * The staff accounts, for admins only (403 for a staff account): {@code GET /api/quanly/accounts},
 * {@code POST /api/quanly/accounts} ({@code {login, name, role, unit}}, 201 with the temporary
 * password, shown once), {@code PUT /api/quanly/accounts/{id}} ({@code {name, role, unit}}), {@code
 * POST /api/quanly/accounts/{id}/disable}, {@code …/enable} and {@code …/password} (a new temporary
 * password).
 */
public final class AccountEndpoints implements StaffEndpoints {

  private static final String PATH = "/api/quanly/accounts";

  private final AccountAdmin admin;
  private final SessionAuth auth;
  private final UnitTree units;

  public AccountEndpoints(AccountAdmin admin, SessionAuth auth, UnitTree units) {
    this.admin = admin;
    this.auth = auth;
    this.units = units;
  }

  @Override
  public void register(StaffRouter router) {
    router
        .get(PATH, (ctx, member) -> ctx.json(admin.list(member).stream().map(this::view).toList()))
        .post(PATH, this::create)
        .put(PATH + "/{id}", this::change)
        .post(PATH + "/{id}/disable", (ctx, member) -> setDisabled(ctx, member, true))
        .post(PATH + "/{id}/enable", (ctx, member) -> setDisabled(ctx, member, false))
        .post(PATH + "/{id}/password", this::resetPassword);
  }

  private void create(Context ctx, StaffMember member) {
    JsonNode body = DashboardJson.body(ctx);
    AccountAdmin.Issued issued =
        admin.create(
            member,
            DashboardJson.text(body, "login"),
            DashboardJson.text(body, "name"),
            DashboardJson.text(body, "role"),
            DashboardJson.text(body, "unit"));
    ctx.status(201).json(issued(issued));
  }

  private void change(Context ctx, StaffMember member) {
    JsonNode body = DashboardJson.body(ctx);
    StaffAccount changed =
        admin.change(
            member,
            self(ctx),
            DashboardJson.id(ctx),
            DashboardJson.text(body, "name"),
            DashboardJson.text(body, "role"),
            DashboardJson.text(body, "unit"));
    ctx.json(view(changed));
  }

  private void setDisabled(Context ctx, StaffMember member, boolean disabled) {
    ctx.json(view(admin.setDisabled(member, self(ctx), DashboardJson.id(ctx), disabled)));
  }

  private void resetPassword(Context ctx, StaffMember member) {
    ctx.json(issued(admin.resetPassword(member, DashboardJson.id(ctx))));
  }

  private Long self(Context ctx) {
    return auth.session(ctx).map(StaffSession::account).map(StaffAccount::id).orElse(null);
  }

  private Map<String, Object> issued(AccountAdmin.Issued issued) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("account", view(issued.account()));
    view.put("temporaryPassword", issued.temporaryPassword());
    return view;
  }

  private Map<String, Object> view(StaffAccount account) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", account.id());
    view.put("login", account.login());
    view.put("name", account.name());
    view.put("role", account.role().key());
    view.put("unit", account.unitCode());
    view.put(
        "unitName",
        account.unitCode() == null
            ? null
            : units.byCode(account.unitCode()).map(OrgUnit::name).orElse(account.unitCode()));
    view.put("createdAt", DashboardJson.time(account.createdAt()));
    view.put("disabled", account.disabled());
    return view;
  }
}
