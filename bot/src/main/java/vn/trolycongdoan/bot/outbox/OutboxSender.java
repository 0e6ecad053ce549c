package vn.trolycongdoan.bot.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
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
 * sending threads ({@link OutboxSettings#senders}, and {@link #REPLY_THREADS} more that bulk never
 * takes); a place counts from when its send returns, and each outcome is stored as the row's new
 * state (those that reached the channel by the loop, all that ended since its last round in one
 * statement, so that a broadcast's sends do not each take SQLite's one write lock). The loop finds
 * due rows in its own picture of the queued rows ({@link QueuedRows}), read whole at start, brought
 * up to date with a look at the rows enqueued since when woken and every second, and checked
 * against the table every 5 s; the table stays the truth, since a row is claimed there (still
 * {@code QUEUED}) before it is sent. A 429 pauses the whole channel for its {@code retry_after} and
 * the row is tried again; passing failures are retried with a doubling backoff (1 s up to 5 min)
 * until {@link OutboxSettings#retryFor} has passed since the row was enqueued; a blocked chat gets
 * nothing more and is reported to {@code onBlocked}. No new bulk send starts while a reply or
 * reminder is picked or on its way, or while other {@link Foreground} work (a member waiting for an
 * answer) runs, for at most a fifth of each second.
 *
 * <p>Time comes from the {@link Clock} and waits go through the {@link Sleeper}, so tests run it in
 * simulated time; the loop only waits on the sleeper while no send is in flight. At {@link #start}
 * rows a crash left in {@code SENDING} are settled ({@link SqliteOutbox#recoverInterrupted}).
 * {@link #wake} after enqueueing makes it look at once; without it a row is seen within a second.
 * Thread-safe.
 */
public final class OutboxSender implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Duration RESYNC = Duration.ofSeconds(5);
  private static final Duration MAX_IN_FLIGHT_WAIT = Duration.ofSeconds(1);

  /**
   * Sending threads beyond {@link OutboxSettings#senders} that only replies and reminders use, so
   * that a bulk run with every sender busy never holds them behind its calls.
   */
  static final int REPLY_THREADS = 2;

  private static final Duration MIN_WAIT = Duration.ofMillis(1);
  private static final Duration FOREGROUND_RECHECK = Duration.ofMillis(2);
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
  private final Foreground foreground;
  private final ExecutorService sending;
  private final Thread loop;
  private final Object monitor = new Object();
  private final Queue<Settled> ended = new ArrayDeque<>();
  private final QueuedRows rows = new QueuedRows();
  private int inFlight;
  private int bulkInFlight;
  private boolean woken;
  private boolean reload = true;
  private long lastId;
  private Instant nextPoll = Instant.MIN;
  private Instant nextResync = Instant.MIN;
  private Instant pausedUntil = Instant.MIN;
  private volatile boolean closed;

  /**
   * @param isGroup whether a chat id of the channel names a group
   * @param onBlocked told the channel and chat id of a chat that refused a message as blocked
   * @param foreground the members' work that new bulk sends wait for
   */
  public OutboxSender(
      Channel channel,
      SqliteOutbox outbox,
      Transport transport,
      OutboxSettings settings,
      Predicate<String> isGroup,
      BiConsumer<Channel, String> onBlocked,
      Foreground foreground,
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
    this.foreground = foreground;
    String name = "outbox-" + channel.name().toLowerCase(Locale.ROOT);
    this.sending =
        Executors.newFixedThreadPool(settings.senders() + REPLY_THREADS, daemons(name + "-send"));
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
    synchronized (monitor) {
      woken = true;
      monitor.notifyAll();
    }
    sleeper.wake();
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
    List<Settled> done;
    synchronized (monitor) {
      done = List.copyOf(ended);
      ended.clear();
    }
    recordSent(sentOf(done));
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
        if (closed) {
          return; // close() interrupted a wait for the database
        }
        log.warn("{} outbox cannot read its table; trying again", channel, e);
        reload = true;
        try {
          sleeper.sleep(STORE_FAILURE_WAIT);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  /**
   * Brings the picture of the queued rows up to date, then starts what can be sent now.
   *
   * @return how long to wait on the sleeper, or {@code null} when it waited for sends in flight
   */
  private Duration round() throws InterruptedException {
    applySettled();
    Instant now = clock.instant();
    look(now);
    Instant until;
    synchronized (monitor) {
      until = pausedUntil;
    }
    if (now.isBefore(until)) {
      awaitInFlight(MAX_IN_FLIGHT_WAIT);
      return Duration.between(clock.instant(), until);
    }
    Picked picked = pick(now);
    if (!picked.rows().isEmpty()) {
      start(picked.rows());
      return null;
    }
    Duration wait = picked.refusedWait();
    Instant next = rows.nextDueAt();
    if (next != null) {
      wait = min(wait, Duration.between(now, next));
    }
    if (inFlight() > 0) {
      awaitInFlight(wait);
      return null;
    }
    return wait.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait;
  }

  /** The rows picked to go now, and else how long until a row the limits refused may go. */
  private record Picked(List<SqliteOutbox.Due> rows, Duration refusedWait) {}

  /**
   * Takes the limits' places for the due rows that may go now, most urgent first, as many as there
   * are sending threads free (bulk leaves {@link #REPLY_THREADS} of them to the others).
   */
  private Picked pick(Instant now) {
    Duration wait = POLL;
    int free;
    int freeBulk;
    synchronized (monitor) {
      free = settings.senders() + REPLY_THREADS - inFlight;
      freeBulk = settings.senders() - bulkInFlight;
    }
    List<SqliteOutbox.Due> picked = new ArrayList<>();
    Set<Priority> full = EnumSet.noneOf(Priority.class);
    int bulk = 0;
    boolean urgent = false;
    if (free > 0) {
      for (SqliteOutbox.Due row : rows.due(now, Math.max(64, free * 8))) {
        if (picked.size() >= free || (row.priority() == Priority.BULK && bulk >= freeBulk)) {
          break;
        }
        if (full.contains(row.priority())) {
          continue;
        }
        if (row.priority() == Priority.BULK && (urgent || foreground.holdsBulk())) {
          full.add(Priority.BULK);
          wait = min(wait, FOREGROUND_RECHECK);
          continue;
        }
        if (!limits.tryTake(row.chatId(), row.priority())) {
          wait = min(wait, limits.waitFor(row.chatId(), row.priority()));
          if (!limits.sharedAllow(row.priority())) {
            full.add(row.priority()); // the rest of this priority would be refused the same way
          }
          continue;
        }
        picked.add(row);
        if (row.priority() == Priority.BULK) {
          bulk++;
        } else {
          urgent = true;
        }
      }
    }
    return new Picked(picked, wait);
  }

  /** Claims the picked rows in one statement and hands those claimed to the sending threads. */
  private void start(List<SqliteOutbox.Due> picked) {
    picked.forEach(rows::sending);
    Map<Long, QueuedMessage> claimed;
    try {
      claimed = outbox.claim(picked.stream().map(SqliteOutbox.Due::id).toList());
    } catch (StoreException e) {
      for (SqliteOutbox.Due row : picked) {
        limits.end(row.chatId(), row.priority());
        rows.settled(row, row.dueAt());
      }
      throw e;
    }
    for (SqliteOutbox.Due row : picked) {
      QueuedMessage message = claimed.get(row.id());
      if (message == null) {
        limits.end(row.chatId(), row.priority());
        rows.settled(row, null);
      } else {
        begin(row, message);
      }
    }
  }

  /**
   * Reads the whole picture again after a start or a failure, what was enqueued since the last look
   * when woken or every {@link #POLL}, and every {@link #RESYNC} checks that the picture and the
   * table agree on the rows they both know (a broadcast paused, resumed or cancelled changes rows
   * behind the sender's back), reading the whole picture again if not.
   */
  private void look(Instant now) {
    boolean woken;
    synchronized (monitor) {
      woken = this.woken;
      this.woken = false;
    }
    if (reload) {
      reload = false;
      readAll(now);
      return;
    }
    if (woken || !now.isBefore(nextPoll)) {
      SqliteOutbox.Added added = outbox.queuedAfter(channel, lastId);
      added.rows().forEach(rows::add);
      lastId = added.lastId();
      nextPoll = now.plus(POLL);
    }
    if (!now.isBefore(nextResync)) {
      nextResync = now.plus(RESYNC);
      int stored = outbox.queuedUpTo(channel, lastId, rows.sendingIds());
      if (stored != rows.size()) {
        log.debug(
            "{} outbox: {} rows queued in the table, {} known; reading them again",
            channel,
            stored,
            rows.size());
        readAll(now);
      }
    }
  }

  private void readAll(Instant now) {
    SqliteOutbox.Added all = outbox.queued(channel);
    rows.clear();
    all.rows().forEach(rows::add);
    lastId = all.lastId();
    nextPoll = now.plus(POLL);
    nextResync = now.plus(RESYNC);
  }

  /**
   * Records the sends that reached the channel as {@code SENT}, all in one statement, and applies
   * to the picture how every send that ended went. A row whose {@code SENT} cannot be stored stays
   * {@code SENDING}, its chat's lane held, as after a crash.
   */
  private void applySettled() {
    List<Settled> done;
    synchronized (monitor) {
      done = List.copyOf(ended);
      ended.clear();
    }
    boolean recorded = recordSent(sentOf(done));
    for (Settled settled : done) {
      if (settled.sent() && !recorded) {
        continue;
      }
      rows.settled(settled.row(), settled.retryAt());
      if (settled.chatBlocked()) {
        rows.dropChat(settled.row().chatId());
      }
    }
  }

  /** The sends among {@code done} that reached the channel: by row id, the delivered id. */
  private static Map<Long, String> sentOf(List<Settled> done) {
    Map<Long, String> sent = new LinkedHashMap<>();
    done.stream().filter(Settled::sent).forEach(s -> sent.put(s.row().id(), s.deliveredId()));
    return sent;
  }

  private boolean recordSent(Map<Long, String> ids) {
    if (ids.isEmpty()) {
      return true;
    }
    try {
      outbox.markSent(ids);
      return true;
    } catch (StoreException e) {
      log.warn(
          "{} outbox cannot record {} messages as sent; they stay sending", channel, ids.size(), e);
      return false;
    }
  }

  private void begin(SqliteOutbox.Due due, QueuedMessage row) {
    boolean bulk = due.priority() == Priority.BULK;
    synchronized (monitor) {
      inFlight++;
      if (bulk) {
        bulkInFlight++;
      }
    }
    if (!bulk) {
      foreground.enter(); // a member waits for it: no new bulk send takes the CPU meanwhile
    }
    sending.execute(
        () -> {
          Settled settled = null;
          try {
            Outcome outcome;
            try {
              outcome = attempt(row);
            } finally {
              limits.end(due.chatId(), due.priority());
            }
            settled = settle(due, row, outcome);
          } catch (StoreException e) {
            log.warn(
                "{} outbox cannot record how message {} went; it stays sending",
                channel,
                row.id(),
                e);
          } finally {
            if (!bulk) {
              foreground.exit();
            }
            synchronized (monitor) {
              if (settled != null) {
                ended.add(settled);
              }
              inFlight--;
              if (bulk) {
                bulkInFlight--;
              }
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

  /**
   * How a send ended, for the picture: {@code retryAt} when it is queued again; {@code sent} when
   * it reached the channel and is still to be recorded (the loop records them together), with the
   * channel's id of the message delivered ({@code deliveredId}, may be null).
   */
  private record Settled(
      SqliteOutbox.Due row,
      Instant retryAt,
      boolean chatBlocked,
      boolean sent,
      String deliveredId) {

    Settled(SqliteOutbox.Due row, Instant retryAt, boolean chatBlocked) {
      this(row, retryAt, chatBlocked, false, null);
    }
  }

  private Settled settle(SqliteOutbox.Due due, QueuedMessage row, Outcome outcome) {
    Instant now = clock.instant();
    String chat = row.message().chatId();
    if (outcome instanceof Outcome.Paused paused) {
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
      return new Settled(due, until, false);
    }
    if (outcome instanceof Outcome.Retry retry) {
      return new Settled(due, retryOrGiveUp(row, now, retry.reason()), false);
    }
    if (outcome instanceof Outcome.Blocked blocked) {
      log.info(
          "{} chat {} does not take messages ({}); nothing more goes there",
          channel,
          chat,
          blocked.reason());
      outbox.markBlocked(row.id(), channel, chat, blocked.reason());
      onBlocked.accept(channel, chat);
      return new Settled(due, null, true);
    }
    if (outcome instanceof Outcome.Failed failed) {
      log.warn("{} refused message {} to chat {}: {}", channel, row.id(), chat, failed.reason());
      outbox.markFailed(row.id(), failed.reason());
      return new Settled(due, null, false);
    }
    String deliveredId = outcome instanceof Outcome.Sent sent ? sent.deliveredId() : null;
    return new Settled(due, null, false, true, deliveredId);
  }

  /** Queues the row again after its backoff, or gives it up: returns when it is due, or null. */
  private Instant retryOrGiveUp(QueuedMessage row, Instant now, String reason) {
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
      return null;
    }
    Duration wait = backoff(row.attempts());
    log.info(
        "{} outbox: message {} failed ({}), next attempt in {} s",
        channel,
        row.id(),
        reason,
        wait.toSeconds());
    Instant at = now.plus(wait);
    outbox.retryAt(row.id(), at, reason);
    return at;
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

  /**
   * Waits (in real time) until a send in flight ends, a wake, or at most {@code limit} (a second at
   * most), so that a place in the limits freeing meanwhile is taken when it frees.
   */
  private void awaitInFlight(Duration limit) throws InterruptedException {
    long millis = Math.max(1, Math.min(limit.toMillis(), MAX_IN_FLIGHT_WAIT.toMillis()));
    synchronized (monitor) {
      if (inFlight > 0 && ended.isEmpty() && !woken && !closed) {
        monitor.wait(millis);
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
