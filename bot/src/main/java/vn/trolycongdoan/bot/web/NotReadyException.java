package vn.trolycongdoan.bot.web;

/**
 * The service cannot answer yet: the first indexing is still running and nothing is searchable.
 * Answered with 503, a {@code Retry-After} and the Vietnamese message.
 */
final class NotReadyException extends RuntimeException {

  static final int RETRY_AFTER_SECONDS = 5;

  NotReadyException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
