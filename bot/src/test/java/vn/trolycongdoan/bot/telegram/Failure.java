package vn.trolycongdoan.bot.telegram;

import java.time.Duration;

/**
 * A failure {@link FakeBotApi#failNext} injects into the next call of a method.
 *
 * @param code the {@code error_code} and HTTP status
 * @param description Telegram's description
 * @param retryAfter {@code parameters.retry_after}, or {@code null}
 * @param delay how long the call waits before it is answered, {@code null} for at once
 * @param htmlBody whether the body is an HTML error page instead of the Bot API's JSON (a proxy's
 *     502)
 */
public record Failure(
    int code, String description, Integer retryAfter, Duration delay, boolean htmlBody) {

  public static Failure tooManyRequests(int retryAfterSeconds) {
    return new Failure(
        429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds, null, false);
  }

  public static Failure botBlocked() {
    return error(403, "Forbidden: bot was blocked by the user");
  }

  public static Failure userDeactivated() {
    return error(403, "Forbidden: user is deactivated");
  }

  public static Failure serverError() {
    return error(500, "Internal Server Error");
  }

  /** A 502 whose body is an HTML page, as a proxy in front of the Bot API would answer. */
  public static Failure badGateway() {
    return new Failure(502, "Bad Gateway", null, null, true);
  }

  /** The call is answered normally, but only after {@code delay}. */
  public static Failure slow(Duration delay) {
    return new Failure(200, "", null, delay, false);
  }

  /** The same failure answered only after {@code wait}, as a call that hangs and then fails. */
  public Failure after(Duration wait) {
    return new Failure(code, description, retryAfter, wait, htmlBody);
  }

  public static Failure error(int code, String description) {
    return new Failure(code, description, null, null, false);
  }

  /** Whether the call is answered normally once the delay is over ({@link #slow}). */
  boolean answersNormally() {
    return code == 200;
  }
}
