package vn.trolycongdoan.bot.outbox;

import java.util.Objects;
import vn.trolycongdoan.bot.chat.Channel;

/**
 * A message to deliver, as a feature enqueues it.
 *
 * @param channel where it goes
 * @param chatId the chat on that channel
 * @param priority how urgent it is
 * @param payload what to send, in the channel's own rendering (for Telegram the {@code
 *     telegram.TelegramMessage} JSON); the outbox never reads it
 * @param replyTo the update it answers ({@code botId:updateId}), or {@code null}
 */
public record OutgoingMessage(
    Channel channel, String chatId, Priority priority, String payload, String replyTo) {

  public OutgoingMessage {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(chatId, "chatId");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(payload, "payload");
  }
}
