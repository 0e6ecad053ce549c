package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text and keyboard of a {@code sendMessage} or {@code editMessageText}, checked as Telegram
 * checks them.
 */
record MessageContent(
    String text,
    String html,
    List<SentMessage.Entity> entities,
    List<List<SentMessage.SentButton>> keyboard,
    SentMessage.Media media) {

  static final int MAX_TEXT = 4096;
  static final int MAX_CAPTION = 1024;
  static final int MAX_CALLBACK_DATA_BYTES = 64;

  MessageContent(
      String text,
      String html,
      List<SentMessage.Entity> entities,
      List<List<SentMessage.SentButton>> keyboard) {
    this(text, html, entities, keyboard, null);
  }

  static MessageContent read(JsonNode params) throws Refusal {
    String raw = params.path("text").asText("");
    BotApiHtml.Parsed parsed = parse(raw, params);
    if (parsed.text().isBlank()) {
      throw Refusal.badRequest("message text is empty");
    }
    if (parsed.text().length() > MAX_TEXT) {
      throw Refusal.badRequest("message is too long");
    }
    return new MessageContent(
        parsed.text(), raw, parsed.entities(), keyboard(params.path("reply_markup")));
  }

  /**
   * The caption and keyboard of a {@code sendPhoto} or {@code sendDocument}, whose file is the
   * {@code field} parameter (a {@code file_id}; the fake takes no uploads).
   */
  static MessageContent readMedia(JsonNode params, String field) throws Refusal {
    String fileId = params.path(field).asText("");
    if (fileId.isBlank()) {
      throw Refusal.badRequest("there is no " + field + " in the request");
    }
    String raw = params.path("caption").asText("");
    BotApiHtml.Parsed parsed = parse(raw, params);
    if (parsed.text().length() > MAX_CAPTION) {
      throw Refusal.badRequest("message caption is too long");
    }
    return new MessageContent(
        parsed.text(),
        raw,
        parsed.entities(),
        keyboard(params.path("reply_markup")),
        new SentMessage.Media(field, fileId));
  }

  private static BotApiHtml.Parsed parse(String raw, JsonNode params) throws Refusal {
    String parseMode = params.path("parse_mode").asText("");
    BotApiHtml.Parsed parsed;
    if (parseMode.equalsIgnoreCase("HTML")) {
      try {
        parsed = BotApiHtml.parse(raw);
      } catch (BotApiHtml.ParseException e) {
        throw new Refusal(400, e.getMessage());
      }
    } else if (parseMode.isEmpty()) {
      parsed = new BotApiHtml.Parsed(raw, List.of());
    } else {
      throw Refusal.badRequest("unsupported parse_mode in this fake: " + parseMode);
    }
    return parsed;
  }

  private static List<List<SentMessage.SentButton>> keyboard(JsonNode markup) throws Refusal {
    List<List<SentMessage.SentButton>> rows = new ArrayList<>();
    for (JsonNode row : markup.path("inline_keyboard")) {
      List<SentMessage.SentButton> buttons = new ArrayList<>();
      for (JsonNode button : row) {
        String text = button.path("text").asText("");
        String data = button.path("callback_data").asText("");
        if (text.isEmpty()) {
          throw Refusal.badRequest("BUTTON_TEXT_EMPTY");
        }
        int bytes = data.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
          throw Refusal.badRequest("BUTTON_DATA_INVALID");
        }
        buttons.add(new SentMessage.SentButton(text, data));
      }
      rows.add(buttons);
    }
    return rows;
  }

  boolean sameAs(SentMessage message) {
    return text.equals(message.text())
        && entities.equals(message.entities())
        && keyboard.equals(message.keyboard());
  }
}
