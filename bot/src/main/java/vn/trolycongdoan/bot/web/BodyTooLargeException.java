package vn.trolycongdoan.bot.web;

/** A request body longer than its route accepts; answered with 413 and the Vietnamese message. */
final class BodyTooLargeException extends RuntimeException {

  BodyTooLargeException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
