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
 * messages, messages from bots, commands addressed to another bot ({@code /hoi@OtherBot}) and every
 * other kind of update are ignored; {@code /hoi@ThisBot} becomes {@code /hoi}. Pure and
 * thread-safe.
 */
final class UpdateReader {

  private static final Pattern ADDRESSED_COMMAND =
      Pattern.compile("(/[A-Za-z0-9_]+)@([A-Za-z0-9_]+)(.*)", Pattern.DOTALL);

  private final String botUsername;

  /**
   * @param botUsername the bot's username without {@code @}, or {@code null} to accept a command
   *     for any bot
   */
  UpdateReader(String botUsername) {
    this.botUsername = botUsername;
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
    if (update.hasMessage()) {
      return update.getMessage().getChatId();
    }
    if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
      return update.getCallbackQuery().getMessage().getChatId();
    }
    return 0;
  }

  private Optional<ChatUpdate> readMessage(Message message) {
    User from = message.getFrom();
    if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
      return Optional.empty();
    }
    long chatId = message.getChatId();
    if (!message.hasText()) {
      boolean privateChat =
          message.getChat() != null && Boolean.TRUE.equals(message.getChat().isUserChat());
      return privateChat ? Optional.of(new ChatUpdate(chatId, null, null)) : Optional.empty();
    }
    return command(message.getText())
        .map(text -> new ChatUpdate(chatId, IncomingMessage.text(user(chatId, from), text), null));
  }

  private Optional<ChatUpdate> readPress(CallbackQuery query) {
    MaybeInaccessibleMessage pressed = query.getMessage();
    if (pressed == null || query.getFrom() == null) {
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
