package vn.trolycongdoan.bot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.config.OutboxSettings;
import vn.trolycongdoan.bot.store.StoreException;

/**
 * Delivers one channel's outbox: a loop on its own thread picks due rows, most urgent first, takes
 * their places in the {@link SendLimits}, marks them {@code SENDING} and hands them to a few
 * sending threads; a place counts from when its send returns, and each outcome is stored as the
 * row's new state. A 429 pauses the whole channel for its {@code retry_after} and the row is tried
 * again; passing failures are retried with a doubling backoff (1 s up to 5 min) until {@link
 * OutboxSettings#retryFor} has passed since the row was enqueued; a blocked chat gets nothing more
 * and is reported to {@code onBlocked}.
 *
 * <p>Time comes from the {@link Clock} and waits go through the {@link Sleeper}, so tests run it in
 * simulated time; the loop only waits on the sleeper while no send is in flight. At {@link #start}
 * rows a crash left in {@code SENDING} are settled ({@link SqliteOutbox#recoverInterrupted}).
 * {@link #wake} after enqueueing makes it look at once. Thread-safe.
 */
public final class OutboxSender implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
  private static final Duration MAX_IDLE = Duration.ofSeconds(5);
  private static final Duration MIN_WAIT = Duration.ofMillis(1);
  private static final Duration STORE_FAILURE_WAIT = Duration.ofSeconds(1);
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

  private final Channel channel;
  private final SqliteOutbox outbox;
  private final Transport transport;
  private final SendLimits limits;
  private final OutboxSettings settings;
  private final Clock clock;
  private final Sleeper sleeper;
  private final BiConsumer<Channel, String> onBlocked;
  private final ExecutorService sending;
  private final Thread loop;
  private final Object monitor = new Object();
  private int inFlight;
  private Instant pausedUntil = Instant.MIN;
  private volatile boolean closed;

  /**
   * @param isGroup whether a chat id of the channel names a group
   * @param onBlocked told the channel and chat id of a chat that refused a message as blocked
   */
  public OutboxSender(
      Channel channel,
      SqliteOutbox outbox,
      Transport transport,
      OutboxSettings settings,
      Predicate<String> isGroup,
      BiConsumer<Channel, String> onBlocked,
      Clock clock,
      Sleeper sleeper) {
    this.channel = channel;
    this.outbox = outbox;
    this.transport = transport;
    this.settings = settings;
    this.limits = new SendLimits(settings, SendLimits.nanoTime(clock), isGroup);
    this.clock = clock;
    this.sleeper = sleeper;
    this.onBlocked = onBlocked;
    String name = "outbox-" + channel.name().toLowerCase(Locale.ROOT);
    this.sending = Executors.newFixedThreadPool(settings.senders(), daemons(name + "-send"));
    this.loop = daemons(name).newThread(this::run);
  }

  /** Settles what a crash left in {@code SENDING}, then starts delivering. */
  public OutboxSender start() {
    SqliteOutbox.Recovered recovered = outbox.recoverInterrupted(channel);
    if (recovered.unknown() + recovered.requeued() > 0) {
      log.warn(
          "{} outbox: {} messages were being sent when the service stopped: {} replies queued"
              + " again (they may arrive twice), {} others left unknown",
          channel,
          recovered.unknown() + recovered.requeued(),
          recovered.requeued(),
          recovered.unknown());
    }
    loop.start();
    return this;
  }

  /** Looks for due rows now instead of at the end of the current wait. */
  public void wake() {
    sleeper.wake();
    synchronized (monitor) {
      monitor.notifyAll();
    }
  }

  /**
   * Stops picking rows, lets the sends in flight end for a few seconds and logs how many messages
   * are left queued for the next start. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    loop.interrupt();
    wake();
    try {
      loop.join(CLOSE_GRACE.toMillis());
      sending.shutdown();
      if (!sending.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("{} outbox: sends still running at stop; they become unknown", channel);
        sending.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Map<OutboxState, Integer> counts = outbox.counts(channel);
      log.info(
          "{} outbox stopped: {} messages left queued for the next start",
          channel,
          counts.getOrDefault(OutboxState.QUEUED, 0));
    } catch (StoreException e) {
      log.warn("{} outbox stopped; cannot count what is left", channel, e);
    }
  }

  private void run() {
    while (!closed) {
      try {
        Duration idle = round();
        if (idle != null && !closed) {
          sleeper.sleep(idle);
        }
      } catch (InterruptedException e) {
        if (closed) {
          return;
        }
      } catch (StoreException e) {
        log.warn("{} outbox cannot read its table; trying again", channel, e);
        try {
          sleeper.sleep(STORE_FAILURE_WAIT);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  /**
   * Starts what can be sent now.
   *
   * @return how long to wait on the sleeper, or {@code null} when it waited for sends in flight
   */
  private Duration round() throws InterruptedException {
    Instant now = clock.instant();
    Instant until;
    synchronized (monitor) {
      until = pausedUntil;
    }
    if (now.isBefore(until)) {
      awaitInFlight();
      return Duration.between(clock.instant(), until);
    }
    Duration wait = MAX_IDLE;
    int started = 0;
    int free = settings.senders() - inFlight();
    List<SqliteOutbox.Due> due =
        free > 0 ? outbox.due(channel, now, Math.max(64, free * 8)) : List.of();
    if (free > 0) {
      for (SqliteOutbox.Due row : due) {
        if (started >= free) {
          break;
        }
        if (!limits.tryTake(row.chatId(), row.priority())) {
          wait = min(wait, limits.waitFor(row.chatId(), row.priority()));
          continue;
        }
        if (outbox.markSending(row.id())) {
          started++;
          begin(row);
        } else {
          limits.end(row.chatId(), row.priority());
        }
      }
    }
    if (started > 0) {
      return null;
    }
    if (inFlight() > 0) {
      awaitInFlight();
      return null;
    }
    if (due.isEmpty()) {
      wait =
          outbox
              .nextDue(channel)
              .map(at -> min(MAX_IDLE, Duration.between(now, at)))
              .orElse(MAX_IDLE);
    }
    return wait.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait;
  }

  private void begin(SqliteOutbox.Due due) {
    long id = due.id();
    synchronized (monitor) {
      inFlight++;
    }
    sending.execute(
        () -> {
          try {
            QueuedMessage row;
            Outcome outcome;
            try {
              row = outbox.load(id);
              outcome = attempt(row);
            } finally {
              limits.end(due.chatId(), due.priority());
            }
            settle(row, outcome);
          } catch (StoreException e) {
            log.warn(
                "{} outbox cannot record how message {} went; it stays sending", channel, id, e);
          } finally {
            synchronized (monitor) {
              inFlight--;
              monitor.notifyAll();
            }
          }
        });
  }

  private Outcome attempt(QueuedMessage row) {
    try {
      return transport.send(row);
    } catch (RuntimeException e) {
      log.warn("{} outbox: sending message {} failed", channel, row.id(), e);
      return new Outcome.Retry(e.toString());
    }
  }

  private void settle(QueuedMessage row, Outcome outcome) {
    Instant now = clock.instant();
    String chat = row.message().chatId();
    if (outcome instanceof Outcome.Sent sent) {
      outbox.markSent(row.id(), sent.deliveredId());
    } else if (outcome instanceof Outcome.Paused paused) {
      Instant until = now.plus(paused.pause());
      synchronized (monitor) {
        if (until.isAfter(pausedUntil)) {
          pausedUntil = until;
        }
      }
      log.info(
          "{} outbox paused for {} ms ({}); message {} is tried again after",
          channel,
          paused.pause().toMillis(),
          paused.reason(),
          row.id());
      outbox.retryAt(row.id(), until, paused.reason());
    } else if (outcome instanceof Outcome.Retry retry) {
      retryOrGiveUp(row, now, retry.reason());
    } else if (outcome instanceof Outcome.Blocked blocked) {
      log.info(
          "{} chat {} does not take messages ({}); nothing more goes there",
          channel,
          chat,
          blocked.reason());
      outbox.markBlocked(row.id(), channel, chat, blocked.reason());
      onBlocked.accept(channel, chat);
    } else if (outcome instanceof Outcome.Failed failed) {
      log.warn("{} refused message {} to chat {}: {}", channel, row.id(), chat, failed.reason());
      outbox.markFailed(row.id(), failed.reason());
    }
  }

  private void retryOrGiveUp(QueuedMessage row, Instant now, String reason) {
    if (!now.isBefore(row.createdAt().plus(settings.retryFor()))) {
      log.warn(
          "{} outbox gives message {} to chat {} up after {} attempts over {}: {}",
          channel,
          row.id(),
          row.message().chatId(),
          row.attempts(),
          settings.retryFor(),
          reason);
      outbox.markFailed(row.id(), "gave up after " + row.attempts() + " attempts: " + reason);
      return;
    }
    Duration wait = backoff(row.attempts());
    log.info(
        "{} outbox: message {} failed ({}), next attempt in {} s",
        channel,
        row.id(),
        reason,
        wait.toSeconds());
    outbox.retryAt(row.id(), now.plus(wait), reason);
  }

  /**
   * The wait after the {@code failures}-th failure in a row: 1 s, doubled each time, at most 5 min.
   */
  static Duration backoff(int failures) {
    Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }

  private int inFlight() {
    synchronized (monitor) {
      return inFlight;
    }
  }

  /** Waits (in real time) until a send in flight ends, or a wake. */
  private void awaitInFlight() throws InterruptedException {
    synchronized (monitor) {
      if (inFlight > 0 && !closed) {
        monitor.wait(1_000);
      }
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static ThreadFactory daemons(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
