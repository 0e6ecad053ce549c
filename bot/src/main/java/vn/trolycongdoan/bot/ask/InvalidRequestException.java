package vn.trolycongdoan.bot.ask;

/**
 * A question or parameter that cannot be asked. The message is Vietnamese, names the parameter and
 * is shown as is.
 */
public final class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
