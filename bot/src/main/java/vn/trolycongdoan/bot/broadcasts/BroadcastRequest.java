package vn.trolycongdoan.bot.broadcasts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import vn.trolycongdoan.bot.broadcasts.BroadcastException.Reason;
import vn.trolycongdoan.bot.chat.Attachment;

/**
 * The body of {@code POST /api/broadcasts}, checked: {@code {"text": …, "audience": {"kind": "all"}
 * | {"kind": "unit", "unit": "CODE", "subtree": true} | {"kind": "tag", "tag": …}, "sendAt":
 * "2026-12-24T08:00:00+07:00"}}. Unknown fields are ignored. Whether the unit or tag exists and the
 * staff member may reach it is {@link Broadcasts}' to check.
 *
 * @param text what recipients read, stripped, at most {@link #MAX_TEXT_CHARS} characters
 * @param audience who it goes to
 * @param sendAt when to start; {@code null} for now
 * @param sendAtWritten {@code sendAt} as written, for messages; {@code null} when absent
 * @param attachment a photo or document sent with {@code text} as its caption (at most {@link
 *     #MAX_CAPTION_CHARS}, possibly empty); {@code null} for a text message. Only the chat sets
 *     one.
 */
public record BroadcastRequest(
    String text, Audience audience, Instant sendAt, String sendAtWritten, Attachment attachment) {

  /** Telegram's limit for one message's text, so a recipient gets exactly one message. */
  public static final int MAX_TEXT_CHARS = 4096;

  /** Telegram's limit for the caption of a photo or document. */
  public static final int MAX_CAPTION_CHARS = 1024;

  /** A text message. */
  public BroadcastRequest(String text, Audience audience, Instant sendAt, String sendAtWritten) {
    this(text, audience, sendAt, sendAtWritten, null);
  }

  /**
   * Reads a parsed body; a {@code sendAt} without an offset is a time in {@code zone}.
   *
   * @throws BroadcastException {@link Reason#BAD_REQUEST} naming the first bad field
   */
  public static BroadcastRequest from(JsonNode body, ZoneId zone) {
    if (body == null || !body.isObject()) {
      throw bad(BroadcastTexts.NOT_AN_OBJECT);
    }
    String text = string(body, "text");
    if (text == null || text.isBlank()) {
      throw bad(BroadcastTexts.NO_TEXT);
    }
    if (text.strip().length() > MAX_TEXT_CHARS) {
      throw bad(BroadcastTexts.textTooLong(MAX_TEXT_CHARS));
    }
    String sendAt = string(body, "sendAt");
    return new BroadcastRequest(
        text.strip(),
        audience(body.get("audience")),
        sendAt == null ? null : instant(sendAt.strip(), zone),
        sendAt);
  }

  private static Audience audience(JsonNode node) {
    if (node == null || node.isNull() || !node.isObject()) {
      throw bad(BroadcastTexts.NO_AUDIENCE);
    }
    String kind = string(node, "kind");
    if (kind == null) {
      throw bad(BroadcastTexts.NO_AUDIENCE);
    }
    return switch (kind.strip().toLowerCase(Locale.ROOT)) {
      case "all" -> Audience.all();
      case "unit" -> unit(node);
      case "tag" -> tag(node);
      default -> throw bad(BroadcastTexts.badKind(kind));
    };
  }

  private static Audience unit(JsonNode node) {
    String code = string(node, "unit");
    if (code == null || code.isBlank()) {
      throw bad(BroadcastTexts.NO_UNIT);
    }
    JsonNode subtree = node.get("subtree");
    if (subtree != null && !subtree.isNull() && !subtree.isBoolean()) {
      throw bad(BroadcastTexts.SUBTREE_NOT_BOOLEAN);
    }
    return Audience.unit(code.strip(), subtree != null && subtree.asBoolean());
  }

  private static Audience tag(JsonNode node) {
    String key = string(node, "tag");
    if (key == null || key.isBlank()) {
      throw bad(BroadcastTexts.NO_TAG);
    }
    return Audience.tag(key.strip());
  }

  private static Instant instant(String written, ZoneId zone) {
    try {
      return OffsetDateTime.parse(written).toInstant();
    } catch (DateTimeException withoutOffset) {
      try {
        return LocalDateTime.parse(written).atZone(zone).toInstant();
      } catch (DateTimeException e) {
        throw bad(BroadcastTexts.badSendAt(written));
      }
    }
  }

  /** The field as a string; {@code null} when absent or JSON null. */
  private static String string(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw bad(BroadcastTexts.notText(field));
    }
    return value.textValue();
  }

  private static BroadcastException bad(String message) {
    return new BroadcastException(Reason.BAD_REQUEST, message);
  }
}
