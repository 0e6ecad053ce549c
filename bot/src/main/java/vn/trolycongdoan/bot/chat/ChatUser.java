package vn.trolycongdoan.bot.chat;

import java.util.Objects;

/**
 * Who wrote, and where: a chat on a channel and the user in it. In a private chat the two ids are
 * equal.
 *
 * @param channel the channel
 * @param chatId the chat's id on that channel, e.g. Telegram's chat id as text
 * @param userId the sender's id on that channel
 * @param displayName the sender's name as shown, possibly empty, never {@code null}
 */
public record ChatUser(Channel channel, String chatId, String userId, String displayName) {

  public ChatUser {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(chatId, "chatId");
    Objects.requireNonNull(userId, "userId");
    displayName = displayName == null ? "" : displayName.strip();
  }
}
