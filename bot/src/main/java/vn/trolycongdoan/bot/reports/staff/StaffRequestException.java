package vn.trolycongdoan.bot.reports.staff;

/**
 * A staff request refused, with its reason and a Vietnamese message saying what to do; the web
 * layer answers it with the status of its {@link Reason}. Nothing is returned with it.
 */
public final class StaffRequestException extends RuntimeException {

  /** Why a request was refused. */
  public enum Reason {
    /** No token, or one that is not a staff token: 401. */
    NOT_AUTHENTICATED,
    /** A unit outside the token's subtree: 403. */
    OUTSIDE_SUBTREE,
    /**
     * Not allowed although signed in: a change without its CSRF token, or an admin's task asked by
     * a staff account: 403.
     */
    FORBIDDEN,
    /** A missing or bad period or unit code: 400. */
    BAD_REQUEST,
    /** A change the present state does not allow, e.g. a reminder sent a moment ago: 409. */
    CONFLICT
  }

  private final Reason reason;

  public StaffRequestException(Reason reason, String vietnameseMessage) {
    super(vietnameseMessage);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
