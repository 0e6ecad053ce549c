package vn.trolycongdoan.bot.web.dashboard;

import io.javalin.http.Context;

/**
 * The headers of every dashboard page: scripts, styles, images and requests from this server only
 * (no inline script or style, so injected markup cannot run), no framing, no type sniffing, no
 * referrer leaving the site.
 */
public final class DashboardHeaders {

  static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
          + "img-src 'self' data: blob:; base-uri 'none'; form-action 'self'; "
          + "frame-ancestors 'none'";

  private DashboardHeaders() {}

  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
  }
}
