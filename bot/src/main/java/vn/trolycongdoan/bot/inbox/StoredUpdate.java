package vn.trolycongdoan.bot.inbox;

import java.time.Instant;

/**
 * An update as the inbox keeps it.
 *
 * @param botId the bot that received it (update ids are per bot)
 * @param updateId the channel's id of the update
 * @param chatKey the chat it belongs to; one chat's updates are handled in {@code updateId} order
 * @param payload the update as the channel sent it (Telegram: its JSON)
 * @param receivedAt when it was stored
 */
public record StoredUpdate(
    long botId, long updateId, String chatKey, String payload, Instant receivedAt) {

  /** The update's name in the outbox's {@code reply_to} and in logs: {@code botId:updateId}. */
  public String key() {
    return botId + ":" + updateId;
  }
}
