package vn.trolycongdoan.bot.telegram;

import static vn.trolycongdoan.bot.telegram.UpdateJson.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What users do in {@link FakeBotApi}: the updates Telegram would make of it, with the chats
 * updated to match.
 */
final class FakeUsers {

  private final FakeState state;
  private final Map<Long, String> names = new HashMap<>();

  FakeUsers(FakeState state) {
    this.state = state;
  }

  ObjectNode message(long chatId, long userId, String name, String text) {
    synchronized (state) {
      List<SentMessage.Entity> entities =
          text.startsWith("/")
              ? List.of(new SentMessage.Entity("bot_command", 0, text.split("\\s", 2)[0].length()))
              : List.of();
      SentMessage message =
          state.add(chatId, false, new MessageContent(text, null, entities, List.of()));
      return UpdateJson.update(
          state.nextUpdateId(), "message", UpdateJson.message(message, user(userId, name)));
    }
  }

  /** A photo ({@code kind} "photo") or document ("document") with its caption. */
  ObjectNode media(
      long chatId, long userId, String name, String kind, String fileId, String caption) {
    synchronized (state) {
      SentMessage message =
          state.add(
              chatId,
              false,
              new MessageContent(
                  caption, null, List.of(), List.of(), new SentMessage.Media(kind, fileId)));
      return UpdateJson.update(
          state.nextUpdateId(), "message", UpdateJson.message(message, user(userId, name)));
    }
  }

  ObjectNode sticker(long chatId, long userId, String name) {
    synchronized (state) {
      SentMessage message =
          state.add(chatId, false, new MessageContent(null, null, List.of(), List.of()));
      ObjectNode json = UpdateJson.message(message, user(userId, name));
      json.set("sticker", UpdateJson.sticker());
      return UpdateJson.update(state.nextUpdateId(), "message", json);
    }
  }

  ObjectNode edit(long chatId, long userId, int messageId, String text) {
    synchronized (state) {
      SentMessage old = state.find(chatId, messageId);
      if (old == null || old.fromBot()) {
        throw new IllegalArgumentException("No user message " + messageId + " in chat " + chatId);
      }
      SentMessage edited = old.edited(text, null, List.of(), List.of());
      state.replace(edited);
      ObjectNode json =
          UpdateJson.message(edited, user(userId, names.getOrDefault(userId, "Thành viên")));
      json.put("edit_date", System.currentTimeMillis() / 1000);
      return UpdateJson.update(state.nextUpdateId(), "edited_message", json);
    }
  }

  /**
   * A press of a button that must be under the bot's message: a test cannot press what a user could
   * not.
   */
  ObjectNode press(long chatId, long userId, int messageId, String data) {
    synchronized (state) {
      SentMessage pressed = state.find(chatId, messageId);
      if (pressed == null || !pressed.fromBot() || !pressed.buttonData().contains(data)) {
        throw new IllegalArgumentException(
            "No button "
                + data
                + " under bot message "
                + messageId
                + " in chat "
                + chatId
                + ": "
                + pressed);
      }
      String id = state.nextPressId();
      state.openPresses.add(id);
      ObjectNode query = JSON.createObjectNode().put("id", id);
      query.set("from", user(userId, names.getOrDefault(userId, "Thành viên")));
      query.set("message", UpdateJson.message(pressed, state.botUser()));
      query.put("chat_instance", "instance-" + chatId).put("data", data);
      return UpdateJson.update(state.nextUpdateId(), "callback_query", query);
    }
  }

  private ObjectNode user(long userId, String name) {
    names.put(userId, name);
    return UpdateJson.user(userId, name, false, null);
  }
}
