package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trolycongdoan.bot.chat.Attachment;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.IncomingMessage;

/**
 * Maps a Telegram update, read from its JSON as a tree (only the fields the bot uses are looked at;
 * TelegramBots' whole {@code Update} model is not built), to a {@link ChatUpdate}: new text
 * messages, button presses, and in a private chat photos and documents (the largest size of a
 * photo, with the caption as text). Edited messages, messages from bots, messages without a chat or
 * sender (malformed), commands addressed to another bot ({@code /hoi@OtherBot}) and every other
 * kind of update are ignored; {@code /hoi@ThisBot} becomes {@code /hoi}. In a group the bot takes
 * only what is meant for it: commands, messages that mention {@code @ThisBot} (the mention is taken
 * out of the text) and replies to its own messages; the members' talk among themselves is ignored.
 * Pure and thread-safe.
 */
final class UpdateReader {

  private static final Pattern ADDRESSED_COMMAND =
      Pattern.compile("(/[A-Za-z0-9_]+)@([A-Za-z0-9_]+)(.*)", Pattern.DOTALL);

  private final String botUsername;
  private final Pattern mention;

  /**
   * @param botUsername the bot's username without {@code @}, or {@code null} to accept a command
   *     for any bot (in a group, then, only commands and replies to a bot are taken)
   */
  UpdateReader(String botUsername) {
    this.botUsername = botUsername;
    this.mention =
        botUsername == null
            ? null
            : Pattern.compile(
                "(?<![\\w@])@" + Pattern.quote(botUsername) + "(?!\\w)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  /** Reads an update as Telegram writes it in JSON ({@link TelegramUpdates#parse}). */
  Optional<ChatUpdate> read(JsonNode update) {
    JsonNode message = update.get("message");
    if (message != null && message.isObject()) {
      return readMessage(message);
    }
    JsonNode query = update.get("callback_query");
    if (query != null && query.isObject()) {
      return readPress(query);
    }
    return Optional.empty();
  }

  /**
   * The chat an update belongs to, so that one chat's updates are handled in order; {@code 0} when
   * it has none.
   */
  static long chatOf(JsonNode update) {
    JsonNode message =
        update.has("message")
            ? update.get("message")
            : update.path("callback_query").path("message");
    JsonNode id = message.path("chat").path("id");
    return id.canConvertToLong() ? id.asLong() : 0;
  }

  private Optional<ChatUpdate> readMessage(JsonNode message) {
    JsonNode from = message.get("from");
    JsonNode chat = message.get("chat");
    if (!hasId(from) || !hasId(chat) || from.path("is_bot").asBoolean(false)) {
      return Optional.empty();
    }
    long chatId = chat.get("id").asLong();
    Optional<Attachment> attachment = attachment(message);
    if (attachment.isPresent() && isPrivate(chat)) {
      String caption = nullToEmpty(text(message, "caption"));
      return Optional.of(
          new ChatUpdate(
              chatId,
              IncomingMessage.attachment(user(chatId, from), attachment.get(), caption),
              null));
    }
    String typed = text(message, "text");
    if (typed == null || typed.isEmpty()) {
      return isPrivate(chat) ? Optional.of(new ChatUpdate(chatId, null, null)) : Optional.empty();
    }
    Optional<String> text = command(typed);
    if (text.isPresent() && !isPrivate(chat)) {
      text = forThisBot(message, text.get());
    }
    return text.map(
        forBot -> new ChatUpdate(chatId, IncomingMessage.text(user(chatId, from), forBot), null));
  }

  /** The photo (its largest size) or document of a message, if it has one. */
  private static Optional<Attachment> attachment(JsonNode message) {
    JsonNode sizes = message.path("photo");
    if (sizes.isArray() && !sizes.isEmpty()) {
      return fileId(sizes.get(sizes.size() - 1))
          .map(id -> new Attachment(Attachment.Kind.PHOTO, id));
    }
    return fileId(message.path("document")).map(id -> new Attachment(Attachment.Kind.DOCUMENT, id));
  }

  private static Optional<String> fileId(JsonNode file) {
    String id = file.isObject() ? text(file, "file_id") : null;
    return id == null || id.isBlank() ? Optional.empty() : Optional.of(id);
  }

  private static boolean hasId(JsonNode node) {
    return node != null && node.path("id").canConvertToLong();
  }

  private static boolean isPrivate(JsonNode chat) {
    return "private".equals(text(chat, "type"));
  }

  /**
   * A group message's text for the bot: a command as it is, a mention of the bot without the
   * mention, a reply to the bot as it is; empty for anything else.
   */
  private Optional<String> forThisBot(JsonNode message, String text) {
    if (text.startsWith("/") || repliesToThisBot(message)) {
      return Optional.of(text);
    }
    Matcher mentioned = mention == null ? null : mention.matcher(text);
    if (mentioned == null || !mentioned.find()) {
      return Optional.empty();
    }
    return Optional.of(mentioned.replaceAll(" ").strip().replaceAll("^[,:]\\s*", ""));
  }

  private boolean repliesToThisBot(JsonNode message) {
    JsonNode author = message.path("reply_to_message").path("from");
    if (!author.path("is_bot").asBoolean(false)) {
      return false;
    }
    return botUsername == null || botUsername.equalsIgnoreCase(text(author, "username"));
  }

  private Optional<ChatUpdate> readPress(JsonNode query) {
    JsonNode pressed = query.get("message");
    JsonNode from = query.get("from");
    if (pressed == null
        || !hasId(pressed.get("chat"))
        || !pressed.path("message_id").canConvertToInt()
        || !hasId(from)) {
      return Optional.empty();
    }
    long chatId = pressed.get("chat").get("id").asLong();
    ChatUpdate.Press press =
        new ChatUpdate.Press(text(query, "id"), pressed.get("message_id").asInt());
    String data = text(query, "data");
    IncomingMessage message =
        data == null || data.isEmpty() ? null : IncomingMessage.button(user(chatId, from), data);
    return Optional.of(new ChatUpdate(chatId, message, press));
  }

  /**
   * The text with this bot's {@code @username} taken off a leading command; empty if it is for
   * another bot.
   */
  private Optional<String> command(String text) {
    Matcher addressed = ADDRESSED_COMMAND.matcher(text);
    if (!addressed.matches()) {
      return Optional.of(text);
    }
    if (botUsername != null && !addressed.group(2).equalsIgnoreCase(botUsername)) {
      return Optional.empty();
    }
    return Optional.of(addressed.group(1) + addressed.group(3));
  }

  private static ChatUser user(long chatId, JsonNode from) {
    return new ChatUser(
        Channel.TELEGRAM,
        Long.toString(chatId),
        Long.toString(from.get("id").asLong()),
        displayName(from));
  }

  static String displayName(JsonNode user) {
    String name =
        (nullToEmpty(text(user, "first_name")) + " " + nullToEmpty(text(user, "last_name")))
            .strip();
    return name.isEmpty() ? nullToEmpty(text(user, "username")) : name;
  }

  /** The string in {@code field} of {@code node}, or {@code null} if it has none. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
