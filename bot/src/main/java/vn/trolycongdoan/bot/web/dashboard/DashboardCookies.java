package vn.trolycongdoan.bot.web.dashboard;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;

/**
 * The dashboard's cookies: the session ({@value #SESSION}, path {@code /}) and the login form's
 * token ({@value #LOGIN_FORM}, path {@code /quanly/dangnhap}). Both HttpOnly and {@code
 * SameSite=Strict} (no other site can make a browser send them, not even by a link or a form), and
 * {@code Secure} when the request came over HTTPS, directly or (by {@code X-Forwarded-Proto})
 * through a proxy.
 */
final class DashboardCookies {

  static final String SESSION = "troly_quanly";
  static final String LOGIN_FORM = "troly_quanly_dangnhap";
  static final String LOGIN_PATH = "/quanly/dangnhap";

  private DashboardCookies() {}

  static void set(Context ctx, String name, String value, String path, Duration maxAge) {
    ctx.cookie(
        new Cookie(
            name, value, path, (int) maxAge.toSeconds(), secure(ctx), true, null, SameSite.STRICT));
  }

  static void remove(Context ctx, String name, String path) {
    ctx.cookie(new Cookie(name, "", path, 0, secure(ctx), true, null, SameSite.STRICT));
  }

  private static boolean secure(Context ctx) {
    return ctx.scheme().equalsIgnoreCase("https")
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }
}
