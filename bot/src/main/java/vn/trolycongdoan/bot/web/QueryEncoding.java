package vn.trolycongdoan.bot.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.trolycongdoan.bot.ask.InvalidRequestException;

/**
 * Refuses a query string whose percent-escapes do not decode to valid UTF-8 (e.g. {@code
 * q=%C3%28}), which the server would otherwise read as replacement characters and answer as if it
 * had been asked that. Malformed escapes ({@code %ZZ}) are left to the query parser, which refuses
 * them.
 */
final class QueryEncoding {

  private QueryEncoding() {}

  /**
   * @param rawQuery the query string as sent, {@code null} for none
   * @throws InvalidRequestException if it does not decode to UTF-8
   */
  static void check(String rawQuery) {
    if (rawQuery == null || rawQuery.indexOf('%') < 0) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawQuery.length());
    for (int i = 0; i < rawQuery.length(); i++) {
      char c = rawQuery.charAt(i);
      int high = i + 2 < rawQuery.length() ? Character.digit(rawQuery.charAt(i + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(rawQuery.charAt(i + 2), 16) : -1;
      if (c == '%' && low >= 0) {
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        bytes.write(c < 0x80 ? c : '?');
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
    } catch (CharacterCodingException e) {
      throw new InvalidRequestException(ErrorTexts.BAD_UTF8);
    }
  }
}
