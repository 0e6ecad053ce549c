package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatTexts;
import vn.trolycongdoan.bot.inbox.StoredUpdate;
import vn.trolycongdoan.bot.inbox.UpdateHandler;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;

/**
 * Handles a stored Telegram update: read ({@link UpdateReader}), answered by the chat core, its
 * replies rendered as outbox rows ({@link TelegramReplies}); a button press is answered once they
 * are committed ({@link PressAnswers}). A sticker or other message without text in a private chat
 * gets a hint that only text is read. Runs on the chat's worker.
 */
final class TelegramUpdates implements UpdateHandler {

  static final String APOLOGY = "Xin lỗi, trợ lý đang gặp sự cố. Bạn vui lòng thử lại sau ít phút.";

  private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

  static final ObjectMapper JSON = new ObjectMapper();

  private final UpdateReader reader;
  private final ChatHandler chat;
  private final TelegramReplies replies;
  private final PressAnswers presses;

  TelegramUpdates(
      UpdateReader reader, ChatHandler chat, TelegramReplies replies, PressAnswers presses) {
    this.reader = reader;
    this.chat = chat;
    this.replies = replies;
    this.presses = presses;
  }

  /**
   * An update's JSON as a tree, for {@link UpdateReader}.
   *
   * @throws IllegalArgumentException if {@code json} is not an object with a numeric {@code
   *     update_id}
   */
  static JsonNode parse(String json) {
    try {
      JsonNode update = JSON.readTree(json);
      if (update == null || !update.isObject() || !update.path("update_id").canConvertToLong()) {
        throw new IllegalArgumentException("no update_id");
      }
      return update;
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public Handling handle(StoredUpdate stored) {
    JsonNode update;
    try {
      update = parse(stored.payload());
    } catch (IllegalArgumentException e) {
      log.warn(
          "Telegram update {} is not one the bot can read ({}); ignoring it",
          stored.key(),
          e.getMessage());
      return Handling.of(List.of());
    }
    Optional<ChatUpdate> read = reader.read(update);
    if (read.isEmpty()) {
      return Handling.of(List.of());
    }
    return handling(read.get(), respond(read.get()), stored);
  }

  @Override
  public Handling failed(StoredUpdate stored, RuntimeException failure) {
    Optional<ChatUpdate> read;
    try {
      read = reader.read(parse(stored.payload()));
    } catch (RuntimeException unreadable) {
      return Handling.of(List.of());
    }
    return read.map(update -> handling(update, ChatResponse.text(APOLOGY), stored))
        .orElseGet(() -> Handling.of(List.of()));
  }

  private Handling handling(ChatUpdate update, ChatResponse response, StoredUpdate stored) {
    ChatUpdate.Press press = update.press();
    List<OutgoingMessage> messages =
        replies.messages(
            update.chatId(), response, press == null ? null : press.messageId(), stored.key());
    Runnable afterCommit =
        press == null ? () -> {} : () -> presses.answer(press.callbackQueryId(), response.notice());
    return new Handling(messages, afterCommit);
  }

  private ChatResponse respond(ChatUpdate update) {
    if (update.message() == null) {
      return update.press() == null
          ? ChatResponse.text(ChatTexts.ONLY_TEXT)
          : ChatResponse.ignored();
    }
    return Optional.ofNullable(chat.handle(update.message())).orElseGet(ChatResponse::ignored);
  }
}
