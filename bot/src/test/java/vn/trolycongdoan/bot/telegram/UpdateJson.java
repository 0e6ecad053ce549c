package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Bot API objects as JSON, the way Telegram writes them: users, chats, messages, updates. */
final class UpdateJson {

  static final ObjectMapper JSON = new ObjectMapper();

  private UpdateJson() {}

  static ObjectNode user(long id, String firstName, boolean bot, String username) {
    ObjectNode user =
        JSON.createObjectNode().put("id", id).put("is_bot", bot).put("first_name", firstName);
    if (username != null) {
      user.put("username", username);
    }
    return user;
  }

  static ObjectNode chat(long chatId) {
    ObjectNode chat = JSON.createObjectNode().put("id", chatId);
    return chatId < 0
        ? chat.put("type", "supergroup").put("title", "Nhóm " + -chatId)
        : chat.put("type", "private");
  }

  static ObjectNode message(SentMessage message, ObjectNode from) {
    ObjectNode json =
        JSON.createObjectNode()
            .put("message_id", message.messageId())
            .put("date", System.currentTimeMillis() / 1000);
    json.set("from", from);
    json.set("chat", chat(message.chatId()));
    if (message.media() != null) {
      putMedia(json, message.media());
      if (message.text() != null && !message.text().isEmpty()) {
        json.put("caption", message.text());
      }
    } else if (message.text() != null) {
      json.put("text", message.text());
    }
    if (!message.entities().isEmpty()) {
      ArrayNode entities = json.putArray("entities");
      message
          .entities()
          .forEach(
              entity ->
                  entities
                      .addObject()
                      .put("type", entity.type())
                      .put("offset", entity.offset())
                      .put("length", entity.length()));
    }
    if (!message.keyboard().isEmpty()) {
      json.set("reply_markup", keyboard(message.keyboard()));
    }
    return json;
  }

  /** A photo as two sizes, the larger last, as Telegram sends it; a document as one file. */
  private static void putMedia(ObjectNode json, SentMessage.Media media) {
    if (media.kind().equals("photo")) {
      ArrayNode sizes = json.putArray("photo");
      sizes.addObject().put("file_id", media.fileId() + "-small").put("width", 90);
      sizes.addObject().put("file_id", media.fileId()).put("width", 1280);
    } else {
      json.putObject("document").put("file_id", media.fileId()).put("file_name", "tep.pdf");
    }
  }

  static ObjectNode keyboard(List<List<SentMessage.SentButton>> rows) {
    ObjectNode markup = JSON.createObjectNode();
    ArrayNode keyboard = markup.putArray("inline_keyboard");
    for (List<SentMessage.SentButton> row : rows) {
      ArrayNode buttons = keyboard.addArray();
      row.forEach(
          button ->
              buttons
                  .addObject()
                  .put("text", button.text())
                  .put("callback_data", button.callbackData()));
    }
    return markup;
  }

  static ObjectNode update(int updateId, String field, ObjectNode content) {
    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
    update.set(field, content);
    return update;
  }

  static ObjectNode sticker() {
    return JSON.createObjectNode()
        .put("file_id", "CAACAgIAAxkBAAE")
        .put("file_unique_id", "AgADAQADsticker")
        .put("type", "regular")
        .put("width", 512)
        .put("height", 512)
        .put("is_animated", false)
        .put("is_video", false);
  }
}
