package vn.trolycongdoan.bot.store;

/**
 * A database operation failed; nothing of it was stored. Unchecked: callers above the stores cannot
 * fix it.
 */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
