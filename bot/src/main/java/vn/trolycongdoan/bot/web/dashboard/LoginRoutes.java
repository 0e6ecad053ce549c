package vn.trolycongdoan.bot.web.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Optional;
import vn.trolycongdoan.bot.accounts.AccountTexts;
import vn.trolycongdoan.bot.accounts.SessionPolicy;
import vn.trolycongdoan.bot.accounts.SqliteStaffSessions;
import vn.trolycongdoan.bot.accounts.StaffLogin;
import vn.trolycongdoan.bot.accounts.StaffSession;
import vn.trolycongdoan.bot.store.SecretTokens;
import vn.trolycongdoan.bot.web.PublicEndpoints;
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * Logging in and out, open to all. {@code GET /quanly/dangnhap} shows the form with a token also
 * set as a cookie of the login page (double submit): {@code POST /quanly/dangnhap} is refused (403)
 * unless the form's token is the cookie's, so no other site can log a browser into an account of
 * its choosing. A good login ends any session the browser had, opens a new one (a new cookie) and
 * redirects (303) to {@code next} if it is a dashboard path; a wrong one shows the form again (401)
 * saying only that the login or password is wrong; a locked one (429) says until when. {@code POST
 * /quanly/dangxuat} with the session's token in form field {@code csrf} ends the session and goes
 * to the login page; without a live session it only goes there.
 */
public final class LoginRoutes implements PublicEndpoints {

  private static final Duration FORM_LIFETIME = Duration.ofHours(2);

  private final StaffLogin login;
  private final SqliteStaffSessions sessions;
  private final SessionAuth auth;
  private final SessionPolicy policy;
  private final LoginPage page = new LoginPage();

  public LoginRoutes(
      StaffLogin login, SqliteStaffSessions sessions, SessionAuth auth, SessionPolicy policy) {
    this.login = login;
    this.sessions = sessions;
    this.auth = auth;
    this.policy = policy;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(StaffRouter.LOGIN_PAGE, this::form);
    routes.post(StaffRouter.LOGIN_PAGE, this::logIn);
    routes.post("/quanly/dangxuat", this::logOut);
  }

  private void form(Context ctx) {
    if (auth.session(ctx).isPresent()) {
      ctx.redirect(LoginPage.safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
      return;
    }
    page.show(ctx, 200, formToken(ctx), ctx.queryParam("next"), null, null);
  }

  private void logIn(Context ctx) {
    String typed = ctx.formParam("login");
    String next = ctx.formParam("next");
    String cookie = ctx.cookie(DashboardCookies.LOGIN_FORM);
    if (!SecretTokens.wellFormed(cookie)
        || !SessionAuth.sameToken(cookie, ctx.formParam(SessionAuth.CSRF_FIELD))) {
      page.show(ctx, 403, formToken(ctx), next, typed, AccountTexts.LOGIN_FORM_STALE);
      return;
    }
    StaffLogin.Outcome outcome = login.attempt(typed, ctx.formParam("password"), ctx.ip());
    if (outcome instanceof StaffLogin.Outcome.LoggedIn in) {
      endSession(ctx);
      DashboardCookies.remove(ctx, DashboardCookies.LOGIN_FORM, DashboardCookies.LOGIN_PATH);
      DashboardCookies.set(
          ctx, DashboardCookies.SESSION, in.issued().token(), "/", policy.absolute());
      ctx.redirect(LoginPage.safeNext(next), HttpStatus.SEE_OTHER);
    } else if (outcome instanceof StaffLogin.Outcome.Locked locked) {
      page.show(ctx, 429, cookie, next, typed, AccountTexts.locked(locked.until()));
    } else {
      page.show(ctx, 401, cookie, next, typed, AccountTexts.WRONG_CREDENTIALS);
    }
  }

  private void logOut(Context ctx) {
    Optional<StaffSession> session = auth.session(ctx);
    if (session.isPresent()
        && !SessionAuth.sameToken(session.get().csrf(), ctx.formParam(SessionAuth.CSRF_FIELD))) {
      page.show(ctx, 403, formToken(ctx), null, null, AccountTexts.CSRF_MISSING);
      return;
    }
    endSession(ctx);
    ctx.redirect(StaffRouter.LOGIN_PAGE, HttpStatus.SEE_OTHER);
  }

  private void endSession(Context ctx) {
    String token = ctx.cookie(DashboardCookies.SESSION);
    if (token != null) {
      sessions.end(token);
      DashboardCookies.remove(ctx, DashboardCookies.SESSION, "/");
    }
  }

  /** The login form's token: the browser's, or a new one set as its cookie. */
  private static String formToken(Context ctx) {
    String token = ctx.cookie(DashboardCookies.LOGIN_FORM);
    if (!SecretTokens.wellFormed(token)) {
      token = SecretTokens.newToken();
      DashboardCookies.set(
          ctx, DashboardCookies.LOGIN_FORM, token, DashboardCookies.LOGIN_PATH, FORM_LIFETIME);
    }
    return token;
  }
}
