package vn.trolycongdoan.bot.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.members.Subscriber;
import vn.trolycongdoan.bot.members.SubscriberStore;

/** {@link SubscriberStore} in memory, recording which chats were marked blocked (known or not). */
public final class RecordingSubscribers implements SubscriberStore {

  private final Map<String, Subscriber> chats = new LinkedHashMap<>();
  private final List<String> markedBlocked = new ArrayList<>();

  @Override
  public synchronized void seen(ChatUser user, Instant at) {
    Subscriber old = chats.get(key(user.channel(), user.chatId()));
    boolean subscribed = old != null && old.subscribed();
    put(user, subscribed, false, old == null ? at : old.firstSeen(), at);
  }

  @Override
  public synchronized void setSubscribed(ChatUser user, boolean subscribed, Instant at) {
    Subscriber old = chats.get(key(user.channel(), user.chatId()));
    put(user, subscribed, old != null && old.blocked(), old == null ? at : old.firstSeen(), at);
  }

  @Override
  public synchronized void markBlocked(Channel channel, String chatId) {
    markedBlocked.add(key(channel, chatId));
    notifyAll();
    Subscriber old = chats.get(key(channel, chatId));
    if (old != null) {
      chats.put(
          key(channel, chatId),
          new Subscriber(
              channel,
              chatId,
              old.userId(),
              old.displayName(),
              old.subscribed(),
              true,
              old.firstSeen(),
              old.lastSeen()));
    }
  }

  @Override
  public synchronized Optional<Subscriber> find(Channel channel, String chatId) {
    return Optional.ofNullable(chats.get(key(channel, chatId)));
  }

  @Override
  public synchronized List<Subscriber> subscribed(Channel channel) {
    return chats.values().stream()
        .filter(
            subscriber ->
                subscriber.channel() == channel && subscriber.subscribed() && !subscriber.blocked())
        .toList();
  }

  /** Every {@link #markBlocked} call as {@code CHANNEL:chatId}, in order. */
  public synchronized List<String> markedBlocked() {
    return List.copyOf(markedBlocked);
  }

  /** Waits until {@link #markBlocked} was called {@code count} times; returns the calls. */
  public synchronized List<String> awaitMarkedBlocked(int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (markedBlocked.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "Waited for " + count + " chats marked blocked, got " + markedBlocked);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return List.copyOf(markedBlocked);
  }

  private void put(
      ChatUser user, boolean subscribed, boolean blocked, Instant firstSeen, Instant lastSeen) {
    chats.put(
        key(user.channel(), user.chatId()),
        new Subscriber(
            user.channel(),
            user.chatId(),
            user.userId(),
            user.displayName(),
            subscribed,
            blocked,
            firstSeen,
            lastSeen));
  }

  private static String key(Channel channel, String chatId) {
    return channel + ":" + chatId;
  }
}
