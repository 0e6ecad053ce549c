package vn.trolycongdoan.bot.telegram;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.store.StoreException;

/**
 * The one path every update takes, from long polling or the webhook alike: queued on its chat's
 * worker, claimed so it is handled at most once, read, answered by the chat core, delivered. {@link
 * #submit} is thread-safe and never blocks on the network; failures are logged and never reach the
 * caller.
 */
final class UpdateProcessor {

  static final String ONLY_TEXT =
      "Mình chỉ đọc được tin nhắn chữ. Bạn hãy gõ câu hỏi, "
          + "hoặc gõ /huongdan để xem cách dùng.";
  static final String APOLOGY = "Xin lỗi, trợ lý đang gặp sự cố. Bạn vui lòng thử lại sau ít phút.";

  private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

  private final long botId;
  private final ProcessedUpdates processed;
  private final UpdateReader reader;
  private final ChatHandler chat;
  private final ReplyDelivery delivery;
  private final ChatExecutor executor;

  UpdateProcessor(
      long botId,
      ProcessedUpdates processed,
      UpdateReader reader,
      ChatHandler chat,
      ReplyDelivery delivery,
      ChatExecutor executor) {
    this.botId = botId;
    this.processed = processed;
    this.reader = reader;
    this.chat = chat;
    this.delivery = delivery;
    this.executor = executor;
  }

  /**
   * Queues the update on its chat's worker; {@code false} when the adapter is stopping and dropped
   * it.
   */
  boolean submit(Update update) {
    return executor.execute(UpdateReader.chatOf(update), () -> process(update));
  }

  private void process(Update update) {
    try {
      if (!claim(update.getUpdateId())) {
        log.debug("Telegram update {} was handled before, skipping it", update.getUpdateId());
        return;
      }
      reader.read(update).ifPresent(this::answer);
    } catch (RuntimeException e) {
      log.error("Telegram update {} failed", update.getUpdateId(), e);
    }
  }

  /**
   * Claims the update; when the database fails, handles it anyway: a rare repeat beats a lost
   * question.
   */
  private boolean claim(long updateId) {
    try {
      return processed.claim(botId, updateId);
    } catch (StoreException e) {
      log.warn("Cannot record Telegram update {} as handled, handling it anyway", updateId, e);
      return true;
    }
  }

  private void answer(ChatUpdate update) {
    delivery.deliver(update.chatId(), respond(update), update.press());
  }

  private ChatResponse respond(ChatUpdate update) {
    if (update.message() == null) {
      return update.press() == null ? ChatResponse.text(ONLY_TEXT) : ChatResponse.ignored();
    }
    try {
      return Optional.ofNullable(chat.handle(update.message())).orElseGet(ChatResponse::ignored);
    } catch (RuntimeException e) {
      log.error("The chat core failed on a message in Telegram chat {}", update.chatId(), e);
      return ChatResponse.text(APOLOGY);
    }
  }
}
