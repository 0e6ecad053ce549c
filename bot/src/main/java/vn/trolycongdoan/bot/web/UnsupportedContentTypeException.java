package vn.trolycongdoan.bot.web;

/**
 * A request body in a format its route does not read; answered with 415 and the Vietnamese message.
 */
final class UnsupportedContentTypeException extends RuntimeException {

  UnsupportedContentTypeException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
