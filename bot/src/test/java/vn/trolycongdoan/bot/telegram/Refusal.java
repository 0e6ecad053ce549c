package vn.trolycongdoan.bot.telegram;

/**
 * Thrown inside {@link FakeTelegram} when a call breaks a Bot API rule; becomes an error envelope.
 */
final class Refusal extends Exception {

  final int code;

  Refusal(int code, String description) {
    super(description, null, false, false);
    this.code = code;
  }

  static Refusal badRequest(String description) {
    return new Refusal(400, "Bad Request: " + description);
  }
}
