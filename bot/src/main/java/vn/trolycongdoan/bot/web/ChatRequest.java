package vn.trolycongdoan.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.IncomingMessage;

/**
 * The body of {@code POST /api/chat}, checked: {@code {"name": …, "text": …}} or {@code {"button":
 * …}}. Fields not named here are ignored, among them a {@code "session"} sent by older pages: the
 * session is the server's, from its cookie (see {@link SessionCookie}).
 *
 * @param name the display name, possibly empty, never {@code null}
 * @param text what was typed, stripped; {@code null} when a button was pressed
 * @param button the data of the pressed button; {@code null} when text was typed
 */
record ChatRequest(String name, String text, String button) {

  static final int MAX_TEXT_CHARS = 4000;
  static final int MAX_NAME_CHARS = 64;

  /**
   * Reads and checks a parsed body.
   *
   * @throws InvalidRequestException naming the first bad field, in Vietnamese
   */
  static ChatRequest from(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(
          "Nội dung yêu cầu phải là một đối tượng JSON, ví dụ {\"text\": \"…\"}.");
    }
    String name = string(body, "name");
    if (name != null && codePoints(name) > MAX_NAME_CHARS) {
      throw new InvalidRequestException("Trường \"name\" dài quá " + MAX_NAME_CHARS + " ký tự.");
    }
    String text = string(body, "text");
    String button = string(body, "button");
    if ((text == null) == (button == null)) {
      throw new InvalidRequestException(
          "Cần đúng một trong hai trường \"text\" (câu hỏi đã nhập) hoặc \"button\" (dữ liệu nút đã bấm).");
    }
    return text != null
        ? new ChatRequest(name, checkedText(text), null)
        : new ChatRequest(name, null, checkedButton(button));
  }

  /**
   * The message for the chat core from the session {@code chatId}, which is the chat and the user
   * on {@link Channel#WEB}.
   */
  IncomingMessage toMessage(String chatId) {
    ChatUser user = new ChatUser(Channel.WEB, chatId, chatId, name);
    return text != null ? IncomingMessage.text(user, text) : IncomingMessage.button(user, button);
  }

  private static String checkedText(String text) {
    if (text.isBlank()) {
      throw new InvalidRequestException("Trường \"text\" đang trống: hãy nhập câu hỏi.");
    }
    if (codePoints(text) > MAX_TEXT_CHARS) {
      throw new InvalidRequestException(
          "Trường \"text\" dài quá " + MAX_TEXT_CHARS + " ký tự: hãy rút gọn rồi gửi lại.");
    }
    return text.strip();
  }

  private static String checkedButton(String data) {
    if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > Button.MAX_DATA_BYTES) {
      throw new InvalidRequestException(
          "Trường \"button\" phải là dữ liệu của một nút, dài 1–"
              + Button.MAX_DATA_BYTES
              + " byte.");
    }
    return data;
  }

  private static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }

  /** The field as a string; {@code null} when absent or JSON null. */
  private static String string(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidRequestException("Trường \"" + field + "\" phải là một chuỗi ký tự.");
    }
    return value.textValue();
  }
}
