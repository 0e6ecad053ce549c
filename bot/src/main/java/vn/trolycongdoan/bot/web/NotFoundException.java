package vn.trolycongdoan.bot.web;

/**
 * Something asked for by the client does not exist; answered with 404 and the Vietnamese message.
 */
public final class NotFoundException extends RuntimeException {

  public NotFoundException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
