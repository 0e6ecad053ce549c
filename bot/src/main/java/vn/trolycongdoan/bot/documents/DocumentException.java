package vn.trolycongdoan.bot.documents;

/**
 * A document request refused, with its reason and a Vietnamese message saying what to do; the web
 * layer answers it with the status of its {@link Reason}. Nothing was stored or changed.
 */
public final class DocumentException extends RuntimeException {

  /** Why a request was refused. */
  public enum Reason {
    /** A missing or bad field: 400. */
    BAD_REQUEST,
    /** A change asked by a staff account that is not an admin: 403. */
    FORBIDDEN,
    /** No such document or job: 404. */
    NOT_FOUND,
    /** A document of that file name exists already: 409. */
    CONFLICT,
    /** An upload without its length: 411. */
    LENGTH_REQUIRED,
    /** An upload larger than the limit: 413. */
    TOO_LARGE,
    /** A file of a type the corpus cannot hold, or whose content is not of its type: 415. */
    UNSUPPORTED_TYPE
  }

  private final Reason reason;

  DocumentException(Reason reason, String vietnameseMessage) {
    super(vietnameseMessage);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
