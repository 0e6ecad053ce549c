package vn.trolycongdoan.bot.web.dashboard;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import vn.trolycongdoan.bot.accounts.AccountTexts;
import vn.trolycongdoan.bot.accounts.SqliteStaffSessions;
import vn.trolycongdoan.bot.accounts.StaffSession;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException.Reason;
import vn.trolycongdoan.bot.web.StaffAuth;

/**
 * The dashboard's session cookie, else the API's bearer token: a request with an {@code
 * Authorization} header is the token's ({@code bearer}), which no other site can make a browser
 * send; any other is the session's. A change ({@code POST}, {@code PUT}, {@code PATCH}, {@code
 * DELETE}) made with the session must carry the session's CSRF token in header {@value
 * #CSRF_HEADER} or form field {@value #CSRF_FIELD}, compared in constant time. Thread-safe.
 */
public final class SessionAuth implements StaffAuth {

  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "csrf";

  private static final String FOUND = SessionAuth.class.getName() + ".session";

  private final SqliteStaffSessions sessions;
  private final StaffAuth bearer;
  private final Clock clock;

  public SessionAuth(SqliteStaffSessions sessions, StaffAuth bearer, Clock clock) {
    this.sessions = sessions;
    this.bearer = bearer;
    this.clock = clock;
  }

  /**
   * @throws StaffRequestException {@code NOT_AUTHENTICATED} without a live session or a valid
   *     token, {@code FORBIDDEN} for a change made with the session without its CSRF token
   */
  @Override
  public StaffMember member(Context ctx) {
    if (ctx.header("Authorization") != null || ctx.cookie(DashboardCookies.SESSION) == null) {
      return bearer.member(ctx);
    }
    StaffSession session =
        session(ctx)
            .orElseThrow(
                () ->
                    new StaffRequestException(
                        Reason.NOT_AUTHENTICATED, AccountTexts.SESSION_ENDED));
    if (changes(ctx.method()) && !sameToken(session.csrf(), submittedCsrf(ctx))) {
      throw new StaffRequestException(Reason.FORBIDDEN, AccountTexts.CSRF_MISSING);
    }
    return session.account().member();
  }

  /**
   * The live session of the request's cookie, looked up once per request; empty without one (bearer
   * requests included).
   */
  public Optional<StaffSession> session(Context ctx) {
    if (ctx.header("Authorization") != null) {
      return Optional.empty();
    }
    Optional<StaffSession> known = ctx.attribute(FOUND);
    if (known == null) {
      String token = ctx.cookie(DashboardCookies.SESSION);
      known = token == null ? Optional.empty() : sessions.find(token, clock.instant());
      ctx.attribute(FOUND, known);
    }
    return known;
  }

  /** Whether {@code submitted} is {@code expected}, in time independent of where they differ. */
  static boolean sameToken(String expected, String submitted) {
    return submitted != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
  }

  private static String submittedCsrf(Context ctx) {
    String header = ctx.header(CSRF_HEADER);
    if (header != null) {
      return header;
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    return type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data")
        ? ctx.formParam(CSRF_FIELD)
        : null;
  }

  private static boolean changes(HandlerType method) {
    return method == HandlerType.POST
        || method == HandlerType.PUT
        || method == HandlerType.PATCH
        || method == HandlerType.DELETE;
  }
}
