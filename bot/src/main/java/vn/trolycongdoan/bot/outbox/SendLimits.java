package vn.trolycongdoan.bot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import vn.trolycongdoan.bot.config.OutboxSettings;

/**
 * A channel's rate limits as {@link SlidingWindow}s: every message counts against its chat's window
 * and, for a group, its group's; against the overall window ({@link
 * OutboxSettings#messagesPerSecond}), except bulk sent as paid broadcast, which Telegram does not
 * count there; and a bulk message against the bulk window ({@link OutboxSettings#bulkRate}) too, so
 * that bulk leaves room for the replies, which the sender picks first. The windows of Telegram's
 * limits (overall, chat, group, paid bulk) count a message from when its send returns; the free
 * bulk window, the service's own pacing below the overall limit, from when it is taken. A message
 * {@link #tryTake taken} is {@link #end ended} when its send returns. Thread-safe.
 */
final class SendLimits {

  private static final int PRUNE_ABOVE = 10_000;
  private static final Duration SECOND = Duration.ofSeconds(1);

  private final OutboxSettings settings;
  private final LongSupplier nanoTime;
  private final Predicate<String> isGroup;
  private final SlidingWindow overall;
  private final SlidingWindow bulk;
  private final Map<String, SlidingWindow> chats = new HashMap<>();
  private final Map<String, SlidingWindow> groups = new HashMap<>();

  /**
   * @param nanoTime the time in nanoseconds, e.g. {@link #nanoTime(Clock)}
   * @param isGroup whether a chat id names a group (Telegram: a negative id)
   */
  SendLimits(OutboxSettings settings, LongSupplier nanoTime, Predicate<String> isGroup) {
    this.settings = settings;
    this.nanoTime = nanoTime;
    this.isGroup = isGroup;
    this.overall = SlidingWindow.fromEnd(settings.messagesPerSecond(), SECOND);
    this.bulk =
        settings.paidBroadcast()
            ? SlidingWindow.fromEnd(settings.bulkRate(), SECOND)
            : SlidingWindow.fromTake(settings.bulkRate(), SECOND);
  }

  /** Nanoseconds read from {@code clock}, so that simulated time drives the limits too. */
  static LongSupplier nanoTime(Clock clock) {
    return () -> {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    };
  }

  /**
   * Counts a message against its windows if every one allows it; otherwise against none.
   *
   * @return whether it was counted; if so, {@link #end} it once its send returns
   */
  synchronized boolean tryTake(String chatId, Priority priority) {
    long now = nanoTime.getAsLong();
    List<SlidingWindow> windows = windowsOf(chatId, priority, now);
    for (SlidingWindow window : windows) {
      if (!window.allows(now)) {
        return false;
      }
    }
    windows.forEach(window -> window.take(now));
    return true;
  }

  /**
   * Whether the windows every message of {@code priority} shares (the overall one, the bulk one)
   * allow one now: if not, no message of that priority can be taken, whatever its chat.
   */
  synchronized boolean sharedAllow(Priority priority) {
    long now = nanoTime.getAsLong();
    if ((priority != Priority.BULK || !settings.paidBroadcast()) && !overall.allows(now)) {
      return false;
    }
    return priority != Priority.BULK || bulk.allows(now);
  }

  /** A message {@link #tryTake taken} was sent (or failed): its windows count it from now. */
  synchronized void end(String chatId, Priority priority) {
    long now = nanoTime.getAsLong();
    windowsOf(chatId, priority, now).forEach(window -> window.end(now));
  }

  /** How long until every window of a message allows it. */
  synchronized Duration waitFor(String chatId, Priority priority) {
    long now = nanoTime.getAsLong();
    long nanos = 0;
    for (SlidingWindow window : windowsOf(chatId, priority, now)) {
      nanos = Math.max(nanos, window.nanosUntilAllowed(now));
    }
    return Duration.ofNanos(nanos);
  }

  private List<SlidingWindow> windowsOf(String chatId, Priority priority, long now) {
    prune(now);
    List<SlidingWindow> windows = new ArrayList<>(4);
    if (priority != Priority.BULK || !settings.paidBroadcast()) {
      windows.add(overall);
    }
    if (priority == Priority.BULK) {
      windows.add(bulk);
    }
    windows.add(
        chats.computeIfAbsent(
            chatId, chat -> SlidingWindow.fromEnd(settings.chatMessagesPerSecond(), SECOND)));
    if (isGroup.test(chatId)) {
      windows.add(
          groups.computeIfAbsent(
              chatId,
              chat ->
                  SlidingWindow.fromEnd(settings.groupMessagesPerMinute(), Duration.ofMinutes(1))));
    }
    return windows;
  }

  /** Forgets the windows of chats that have not sent lately (an empty window is a fresh one). */
  private void prune(long now) {
    if (chats.size() > PRUNE_ABOVE) {
      chats.values().removeIf(window -> window.idle(now));
    }
    if (groups.size() > PRUNE_ABOVE) {
      groups.values().removeIf(window -> window.idle(now));
    }
  }
}
