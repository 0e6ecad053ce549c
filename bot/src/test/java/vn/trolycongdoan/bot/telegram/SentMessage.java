package vn.trolycongdoan.bot.telegram;

import java.util.List;

/**
 * A message in a {@link FakeBotApi} chat, as a Telegram client would show it now (edits applied).
 *
 * @param chatId the chat
 * @param messageId its id, counted per chat like Telegram's
 * @param fromBot whether the bot sent it (else a user did)
 * @param text the visible text, markup parsed away
 * @param html the text as the bot sent it (HTML parse mode), {@code null} for a user's message
 * @param entities the formatting Telegram read from the markup
 * @param keyboard the inline keyboard under it, possibly empty
 * @param edits how many times the bot edited it
 * @param media the photo or document it shows, {@code text} its caption; {@code null} for a text
 *     message
 */
public record SentMessage(
    long chatId,
    int messageId,
    boolean fromBot,
    String text,
    String html,
    List<Entity> entities,
    List<List<SentButton>> keyboard,
    int edits,
    Media media) {

  public SentMessage {
    entities = List.copyOf(entities);
    keyboard = keyboard.stream().map(List::copyOf).toList();
  }

  /** Every button's callback data, row by row. */
  public List<String> buttonData() {
    return keyboard.stream().flatMap(List::stream).map(SentButton::callbackData).toList();
  }

  /** The visible text of every entity of a type, e.g. {@code "bold"}. */
  public List<String> entityTexts(String type) {
    return entities.stream()
        .filter(entity -> entity.type().equals(type))
        .map(entity -> text.substring(entity.offset(), entity.offset() + entity.length()))
        .toList();
  }

  SentMessage edited(
      String newText,
      String newHtml,
      List<Entity> newEntities,
      List<List<SentButton>> newKeyboard) {
    return new SentMessage(
        chatId, messageId, fromBot, newText, newHtml, newEntities, newKeyboard, edits + 1, media);
  }

  /** Formatting of a stretch of text, offsets in UTF-16 units as in the Bot API. */
  public record Entity(String type, int offset, int length) {}

  /** A photo or document, by the {@code file_id} it was sent with. */
  public record Media(String kind, String fileId) {}

  /** An inline button. */
  public record SentButton(String text, String callbackData) {}
}
