package vn.trolycongdoan.bot.documents;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.trolycongdoan.bot.documents.DocumentException.Reason;
import vn.trolycongdoan.knowledge.ingest.DocumentMetadata;

/**
 * The body of a metadata edit, checked: {@code {"kind", "number", "date", "issuer", "place",
 * "title", "signer"}}, each a string or null; {@code date} as {@code YYYY-MM-DD}. A field left out,
 * null or blank is not set in the sidecar, so the document's own value is used. Unknown fields are
 * ignored; text is kept as written (stripped), markup included. Pure.
 */
public final class MetadataForm {

  static final int MAX_CHARS = 300;
  static final int MAX_TITLE_CHARS = 1000;

  private MetadataForm() {}

  /**
   * @throws DocumentException {@link Reason#BAD_REQUEST} naming the first bad field
   */
  public static DocumentMetadata from(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw bad(DocumentTexts.NOT_AN_OBJECT);
    }
    String date = text(body, "date", MAX_CHARS);
    return new DocumentMetadata(
        text(body, "kind", MAX_CHARS),
        text(body, "number", MAX_CHARS),
        text(body, "issuer", MAX_CHARS),
        text(body, "place", MAX_CHARS),
        date == null ? null : date(date),
        text(body, "title", MAX_TITLE_CHARS),
        text(body, "signer", MAX_CHARS));
  }

  private static String text(JsonNode body, String field, int max) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw bad(DocumentTexts.notText(field));
    }
    String text = value.textValue().strip();
    if (text.codePointCount(0, text.length()) > max) {
      throw bad(DocumentTexts.tooLong(field, max));
    }
    return text.isEmpty() ? null : text;
  }

  private static LocalDate date(String written) {
    try {
      return LocalDate.parse(written);
    } catch (DateTimeParseException e) {
      throw bad(DocumentTexts.badDate(written));
    }
  }

  private static DocumentException bad(String message) {
    return new DocumentException(Reason.BAD_REQUEST, message);
  }
}
