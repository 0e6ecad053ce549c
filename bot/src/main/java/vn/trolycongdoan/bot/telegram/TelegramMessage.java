package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import vn.trolycongdoan.bot.chat.Attachment;
import vn.trolycongdoan.bot.chat.Button;

/**
 * One Telegram message as an outbox row's payload: HTML that Telegram accepts as one message, the
 * keyboard under it, and the message to edit instead of sending a new one. Stored as JSON.
 *
 * @param html the text, already rendered and short enough
 * @param keyboard inline buttons; may be empty
 * @param editMessageId the bot's message to replace, or {@code null} for a new message; if it can
 *     no longer be edited, the text is sent as a new message
 * @param attachment a photo or document sent with {@code html} as its caption ({@code sendPhoto},
 *     {@code sendDocument}), never as an edit; {@code null} for a text message (and in rows stored
 *     before attachments existed)
 */
record TelegramMessage(
    String html,
    List<List<Button>> keyboard,
    Integer editMessageId,
    @JsonInclude(JsonInclude.Include.NON_NULL) Attachment attachment) {

  private static final ObjectMapper JSON = new ObjectMapper();

  TelegramMessage {
    keyboard = keyboard == null ? List.of() : keyboard;
  }

  /** A text message. */
  TelegramMessage(String html, List<List<Button>> keyboard, Integer editMessageId) {
    this(html, keyboard, editMessageId, null);
  }

  String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a Telegram message as JSON", e);
    }
  }

  /**
   * @throws IllegalArgumentException if {@code json} is not a message's payload
   */
  static TelegramMessage fromJson(String json) {
    try {
      return JSON.readValue(json, TelegramMessage.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a Telegram message payload: " + e.getMessage(), e);
    }
  }
}
