package vn.trolycongdoan.bot.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.IncomingMessage;

/**
 * Maps a Telegram update to a {@link ChatUpdate}: new text messages and button presses only. Edited
 * messages, messages from bots, messages without a chat or sender (malformed), commands addressed
 * to another bot ({@code /hoi@OtherBot}) and every other kind of update are ignored; {@code
 * /hoi@ThisBot} becomes {@code /hoi}. In a group the bot takes only what is meant for it: commands,
 * messages that mention {@code @ThisBot} (the mention is taken out of the text) and replies to its
 * own messages; the members' talk among themselves is ignored. Pure and thread-safe.
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

  Optional<ChatUpdate> read(Update update) {
    if (update.hasMessage()) {
      return readMessage(update.getMessage());
    }
    if (update.hasCallbackQuery()) {
      return readPress(update.getCallbackQuery());
    }
    return Optional.empty();
  }

  /**
   * The chat an update belongs to, so that one chat's updates are handled in order; {@code 0} when
   * it has none.
   */
  static long chatOf(Update update) {
    if (update.hasMessage() && update.getMessage().getChat() != null) {
      return update.getMessage().getChatId();
    }
    if (update.hasCallbackQuery()
        && update.getCallbackQuery().getMessage() != null
        && update.getCallbackQuery().getMessage().getChat() != null) {
      return update.getCallbackQuery().getMessage().getChatId();
    }
    return 0;
  }

  private Optional<ChatUpdate> readMessage(Message message) {
    User from = message.getFrom();
    if (from == null || message.getChat() == null || Boolean.TRUE.equals(from.getIsBot())) {
      return Optional.empty();
    }
    long chatId = message.getChatId();
    if (!message.hasText()) {
      return isPrivate(message)
          ? Optional.of(new ChatUpdate(chatId, null, null))
          : Optional.empty();
    }
    Optional<String> text = command(message.getText());
    if (text.isPresent() && !isPrivate(message)) {
      text = forThisBot(message, text.get());
    }
    return text.map(
        forBot -> new ChatUpdate(chatId, IncomingMessage.text(user(chatId, from), forBot), null));
  }

  private static boolean isPrivate(Message message) {
    return message.getChat() != null && Boolean.TRUE.equals(message.getChat().isUserChat());
  }

  /**
   * A group message's text for the bot: a command as it is, a mention of the bot without the
   * mention, a reply to the bot as it is; empty for anything else.
   */
  private Optional<String> forThisBot(Message message, String text) {
    if (text.startsWith("/") || repliesToThisBot(message)) {
      return Optional.of(text);
    }
    Matcher mentioned = mention == null ? null : mention.matcher(text);
    if (mentioned == null || !mentioned.find()) {
      return Optional.empty();
    }
    return Optional.of(mentioned.replaceAll(" ").strip().replaceAll("^[,:]\\s*", ""));
  }

  private boolean repliesToThisBot(Message message) {
    Message repliedTo = message.getReplyToMessage();
    User author = repliedTo == null ? null : repliedTo.getFrom();
    if (author == null || !Boolean.TRUE.equals(author.getIsBot())) {
      return false;
    }
    return botUsername == null || botUsername.equalsIgnoreCase(author.getUserName());
  }

  private Optional<ChatUpdate> readPress(CallbackQuery query) {
    MaybeInaccessibleMessage pressed = query.getMessage();
    if (pressed == null || pressed.getChat() == null || query.getFrom() == null) {
      return Optional.empty();
    }
    long chatId = pressed.getChatId();
    ChatUpdate.Press press = new ChatUpdate.Press(query.getId(), pressed.getMessageId());
    IncomingMessage message =
        query.getData() == null || query.getData().isEmpty()
            ? null
            : IncomingMessage.button(user(chatId, query.getFrom()), query.getData());
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

  private static ChatUser user(long chatId, User from) {
    return new ChatUser(
        Channel.TELEGRAM, Long.toString(chatId), Long.toString(from.getId()), displayName(from));
  }

  static String displayName(User user) {
    String name =
        (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
    return name.isEmpty() ? nullToEmpty(user.getUserName()) : name;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
