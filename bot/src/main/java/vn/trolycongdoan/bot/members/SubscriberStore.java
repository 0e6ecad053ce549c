package vn.trolycongdoan.bot.members;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;

/**
 * The chats the bot has seen. Thread-safe; every method throws {@link
 * vn.trolycongdoan.bot.store.StoreException}.
 */
public interface SubscriberStore {

  /**
   * Records that the chat wrote at {@code at}: creates it (not subscribed) on first sight,
   * otherwise updates the user, name and last-seen time and clears {@code blocked}.
   */
  void seen(ChatUser user, Instant at);

  /** Subscribes or unsubscribes the chat, creating it if needed (as {@link #seen} does). */
  void setSubscribed(ChatUser user, boolean subscribed, Instant at);

  /** Marks the chat as having blocked the bot; unknown chats are ignored. */
  void markBlocked(Channel channel, String chatId);

  Optional<Subscriber> find(Channel channel, String chatId);

  /** Subscribed chats on a channel that have not blocked the bot, oldest first. */
  List<Subscriber> subscribed(Channel channel);
}
