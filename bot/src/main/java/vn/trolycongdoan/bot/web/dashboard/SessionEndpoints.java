package vn.trolycongdoan.bot.web.dashboard;

import io.javalin.http.Context;
import java.util.Optional;
import vn.trolycongdoan.bot.accounts.StaffSession;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.web.StaffEndpoints;
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * {@code GET /api/quanly/session}: who is logged in, as every page's script needs it: {@code
 * {login, name, role, unit, unitName, csrf}}; {@code unit} and {@code unitName} are {@code null}
 * for an admin, {@code login} and {@code csrf} for a bearer token (which needs no CSRF token).
 */
public final class SessionEndpoints implements StaffEndpoints {

  /** The answer. */
  record SessionView(
      String login, String name, String role, String unit, String unitName, String csrf) {}

  private final SessionAuth auth;
  private final UnitTree units;

  public SessionEndpoints(SessionAuth auth, UnitTree units) {
    this.auth = auth;
    this.units = units;
  }

  @Override
  public void register(StaffRouter router) {
    router.get("/api/quanly/session", this::session);
  }

  private void session(Context ctx, StaffMember member) {
    Optional<StaffSession> session = auth.session(ctx);
    ctx.header("Cache-Control", "no-store");
    ctx.json(
        new SessionView(
            session.map(s -> s.account().login()).orElse(null),
            member.name(),
            member.role().key(),
            member.unitCode(),
            member.unitCode() == null
                ? null
                : units.byCode(member.unitCode()).map(OrgUnit::name).orElse(null),
            session.map(StaffSession::csrf).orElse(null)));
  }
}
