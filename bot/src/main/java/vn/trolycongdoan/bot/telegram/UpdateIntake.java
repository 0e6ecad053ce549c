package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.trolycongdoan.bot.inbox.InboxDispatcher;
import vn.trolycongdoan.bot.inbox.InboxWriter;
import vn.trolycongdoan.bot.inbox.StoredUpdate;
import vn.trolycongdoan.bot.store.StoreException;

/**
 * Where updates from the webhook and from long polling enter: stored in the inbox first (only then
 * may Telegram be told it was received), then handed to the dispatcher. Updates taken at the same
 * time share one commit ({@link InboxWriter}). A duplicate is stored once and handed over once.
 * Thread-safe.
 */
final class UpdateIntake {

  private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

  private final long botId;
  private final InboxWriter inbox;
  private final InboxDispatcher dispatcher;
  private final RetryPolicy retry;

  UpdateIntake(long botId, InboxWriter inbox, InboxDispatcher dispatcher, RetryPolicy retry) {
    this.botId = botId;
    this.inbox = inbox;
    this.dispatcher = dispatcher;
    this.retry = retry;
  }

  /**
   * Stores the update and queues it for handling; returns once it is committed.
   *
   * @param chatKey the chat it belongs to, so that one chat's updates are handled in order
   * @param json the update as Telegram sent it
   * @throws StoreException if it cannot be stored (nor the others of its batch); it must not be
   *     confirmed then
   */
  void take(long updateId, String chatKey, String json) {
    StoredUpdate stored = inbox.store(botId, updateId, chatKey, json);
    if (stored != null) {
      dispatcher.submit(stored);
    }
  }

  /**
   * Stores a polled update, trying again with backoff for as long as the database fails, so that
   * the polling offset never moves past an update that is not stored.
   *
   * @return {@code false} if the polling thread was interrupted (polling stops) before it was
   *     stored
   */
  boolean takePolled(Update update) {
    JsonNode tree;
    try {
      tree = TelegramUpdates.JSON.valueToTree(update);
    } catch (IllegalArgumentException e) {
      log.warn(
          "Telegram update {} cannot be written as JSON; skipping it", update.getUpdateId(), e);
      return true;
    }
    String json = tree.toString();
    String chatKey = Long.toString(UpdateReader.chatOf(tree));
    for (int failures = 1; ; failures++) {
      try {
        take(update.getUpdateId(), chatKey, json);
        return true;
      } catch (StoreException e) {
        Duration wait = retry.backoff(failures);
        log.warn(
            "Cannot store Telegram update {}; polling waits {} ms and tries again",
            update.getUpdateId(),
            wait.toMillis(),
            e);
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
  }
}
