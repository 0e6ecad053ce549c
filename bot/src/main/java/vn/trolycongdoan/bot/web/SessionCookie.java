package vn.trolycongdoan.bot.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Optional;

/**
 * The web chat's session cookie: finds the session of a request by its cookie, or issues a new one
 * and sets the cookie. The cookie is HttpOnly (no script reads it) and {@code SameSite=Strict}:
 * only the chat page's own requests to {@code /api/chat} need it, and they are same-site, so no
 * other site can make a browser send it, not even by a link or a form; {@code Lax} would let a
 * top-level navigation from elsewhere carry it for nothing. It is {@code Secure} when the request
 * came over HTTPS (directly or, by {@code X-Forwarded-Proto}, through a proxy). A cookie the server
 * did not issue (unknown or malformed) is replaced by a new session, never adopted. Thread-safe.
 */
final class SessionCookie {

  static final String NAME = "troly_session";
  static final Duration MAX_AGE = Duration.ofDays(180);

  private final WebSessions sessions;

  SessionCookie(WebSessions sessions) {
    this.sessions = sessions;
  }

  /** The chat id of the request's session, issuing one (and setting the cookie) if needed. */
  String chatId(Context ctx) {
    String token = ctx.cookie(NAME);
    Optional<String> known = token == null ? Optional.empty() : sessions.chatId(token);
    if (known.isPresent()) {
      return known.get();
    }
    WebSessions.Issued issued = sessions.issue(ctx.ip());
    ctx.cookie(
        new Cookie(
            NAME,
            issued.token(),
            "/",
            (int) MAX_AGE.toSeconds(),
            secure(ctx),
            true,
            null,
            SameSite.STRICT));
    return issued.chatId();
  }

  private static boolean secure(Context ctx) {
    return ctx.scheme().equalsIgnoreCase("https")
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }
}
