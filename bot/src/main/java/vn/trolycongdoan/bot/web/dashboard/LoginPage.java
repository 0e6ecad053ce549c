package vn.trolycongdoan.bot.web.dashboard;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import vn.trolycongdoan.bot.web.JarResources;

/**
 * The login page, {@code web/quanly/dangnhap.html} filled in on the server (it needs no script):
 * the form's token, where to go after logging in, the login typed and an error, each escaped. Where
 * to go is only ever a path of the dashboard ({@link #safeNext}), never another site.
 */
final class LoginPage {

  static final String HOME = "/quanly";

  private static final Pattern NEXT = Pattern.compile("/quanly(?:[/?#][^\\\\\\s\\p{Cntrl}]*)?");

  private final String template =
      new String(JarResources.bytes("web/quanly/dangnhap.html"), StandardCharsets.UTF_8);

  /** {@code next} if it is a path of the dashboard other than the login page, else the home. */
  static String safeNext(String next) {
    if (next == null
        || !NEXT.matcher(next).matches()
        || next.startsWith(DashboardCookies.LOGIN_PATH)) {
      return HOME;
    }
    return next;
  }

  void show(Context ctx, int status, String csrf, String next, String login, String error) {
    String html =
        template
            .replace("{{csrf}}", JarResources.escaped(csrf))
            .replace("{{next}}", JarResources.escaped(safeNext(next)))
            .replace("{{login}}", JarResources.escaped(login == null ? "" : login))
            .replace(
                "{{error}}",
                error == null
                    ? ""
                    : "<p class=\"error-box\" id=\"error\" role=\"alert\">"
                        + JarResources.escaped(error)
                        + "</p>");
    DashboardHeaders.apply(ctx);
    ctx.header("Cache-Control", "no-store");
    ctx.status(status).contentType("text/html; charset=utf-8").result(html);
  }
}
