package vn.trolycongdoan.bot.accounts;

import java.time.Duration;

/**
 * How long a dashboard session lasts: it ends {@code idle} after its last request, and {@code
 * absolute} after the login however busy it is.
 */
public record SessionPolicy(Duration idle, Duration absolute) {

  /** Two hours idle, twelve in all: a working day without logging in twice. */
  public static final SessionPolicy DEFAULT =
      new SessionPolicy(Duration.ofHours(2), Duration.ofHours(12));
}
