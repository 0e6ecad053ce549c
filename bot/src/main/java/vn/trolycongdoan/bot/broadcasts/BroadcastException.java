package vn.trolycongdoan.bot.broadcasts;

/**
 * A broadcast request refused, with its reason and a Vietnamese message saying what to do; the web
 * layer answers it with the status of its {@link Reason}. Nothing was stored or changed.
 */
public final class BroadcastException extends RuntimeException {

  /** Why a request was refused. */
  public enum Reason {
    /** A missing or bad field, or an audience not supported: 400. */
    BAD_REQUEST,
    /** An audience or broadcast outside the token's subtree: 403. */
    OUTSIDE_SUBTREE,
    /** No broadcast with that id: 404. */
    NOT_FOUND,
    /** The broadcast's state does not allow it (resume one that is not paused): 409. */
    WRONG_STATE
  }

  private final Reason reason;

  BroadcastException(Reason reason, String vietnameseMessage) {
    super(vietnameseMessage);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
