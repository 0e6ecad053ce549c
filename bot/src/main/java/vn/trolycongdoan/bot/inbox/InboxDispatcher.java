package vn.trolycongdoan.bot.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.outbox.Foreground;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;
import vn.trolycongdoan.bot.store.StoreException;

/**
 * Hands a bot's stored updates to the {@link UpdateHandler}: one chat's in order, chats in parallel
 * ({@link OrderedWorkers}). What the handler writes, its messages and the update's new state are
 * one transaction ({@link Jdbc#inUnitOfWork}), so after a crash an update is either handled with
 * everything it stored and all its replies queued, or still pending with none of it: each update
 * takes effect and gets its replies exactly once. The transaction begins at the handler's first
 * write, so chats are handled in parallel and take turns behind SQLite's single writer only for
 * their writes. If the handler throws, its writes are rolled back, {@link UpdateHandler#failed} is
 * enqueued instead and the update is marked failed; if the database fails, the update stays pending
 * and is tried again a minute later, or at the next start.
 *
 * <p>{@link #recover} hands over what a previous run left pending; call it once, before updates
 * arrive. {@link #close} drains the queue for a few seconds and logs how many updates are left
 * pending. Thread-safe.
 */
public final class InboxDispatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);
  private static final Duration RETRY_EVERY = Duration.ofMinutes(1);

  private final long botId;
  private final SqliteInbox inbox;
  private final SqliteOutbox outbox;
  private final Jdbc jdbc;
  private final UpdateHandler handler;
  private final Runnable enqueued;
  private final Foreground foreground;
  private final OrderedWorkers workers;
  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService retries;

  /**
   * @param enqueued called after a handling committed messages, to wake the outbox sender
   * @param foreground entered from an update's submission until its handling ends, so that bulk
   *     sends make way
   * @param threads how many chats are handled at the same time
   */
  public InboxDispatcher(
      String name,
      long botId,
      Database database,
      SqliteInbox inbox,
      SqliteOutbox outbox,
      UpdateHandler handler,
      Runnable enqueued,
      Foreground foreground,
      int threads) {
    this.botId = botId;
    this.inbox = inbox;
    this.outbox = outbox;
    this.jdbc = database.jdbc();
    this.handler = handler;
    this.enqueued = enqueued;
    this.foreground = foreground;
    this.workers = new OrderedWorkers(name, threads);
    this.retries =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, name + "-retry");
              thread.setDaemon(true);
              return thread;
            });
    retries.scheduleWithFixedDelay(
        this::retryPending, RETRY_EVERY.toMillis(), RETRY_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Hands over the updates left pending by a previous run, in order.
   *
   * @return how many there were
   */
  public int recover() {
    int count = 0;
    for (StoredUpdate update : inbox.pending(botId)) {
      count += submit(update) ? 1 : 0;
    }
    if (count > 0) {
      log.info("Handling {} updates a previous run left pending", count);
    }
    return count;
  }

  /**
   * Queues a stored update on its chat's worker; {@code false} if it is queued already or the
   * dispatcher is closing (it stays pending for the next start).
   */
  public boolean submit(StoredUpdate update) {
    if (!queued.add(update.key())) {
      return false;
    }
    foreground.enter();
    if (!workers.execute(update.chatKey(), () -> process(update))) {
      foreground.exit();
      queued.remove(update.key());
      return false;
    }
    return true;
  }

  /**
   * Stops taking updates, handles the queued ones for up to {@code grace}, then logs how many are
   * left pending for the next start.
   */
  public void close(Duration grace) {
    retries.shutdownNow();
    if (!workers.close(grace)) {
      log.warn("Some updates were still being handled at stop; they stay pending");
    }
    try {
      int left = inbox.countPending(botId);
      if (left > 0) {
        log.warn("{} updates left pending at stop; they are handled at the next start", left);
      } else {
        log.info("Inbox drained: no update left pending");
      }
    } catch (StoreException e) {
      log.warn("Cannot count the updates left pending at stop", e);
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(5));
  }

  private void process(StoredUpdate update) {
    try {
      UpdateHandler.Handling handling = handleOnce(update);
      if (handling != null) {
        handling.afterCommit().run();
        enqueued.run();
      }
    } catch (RuntimeException e) {
      log.error("Update {} stays pending: it could not be handled", update.key(), e);
    } finally {
      queued.remove(update.key());
      foreground.exit();
    }
  }

  /**
   * Handles the update and commits what the handling wrote, its messages and its new state in one
   * unit of work; {@code null} if it was handled before (nothing is written then). If the handler
   * throws, what it wrote is rolled back and its apology is committed instead.
   */
  private UpdateHandler.Handling handleOnce(StoredUpdate update) {
    try {
      try {
        return jdbc.inUnitOfWork(
            () -> {
              UpdateHandler.Handling handling;
              try {
                handling = handler.handle(update);
              } catch (RuntimeException e) {
                throw new HandlerFailed(e);
              }
              return commit(update, handling, InboxState.HANDLED);
            });
      } catch (HandlerFailed failed) {
        log.error(
            "Handling update {} failed; answering with an apology",
            update.key(),
            failed.getCause());
        return commit(update, handler.failed(update, failed.getCause()), InboxState.FAILED);
      }
    } catch (AlreadyHandled done) {
      return null;
    }
  }

  /** Marks the update and enqueues its messages, in the running unit of work if there is one. */
  private UpdateHandler.Handling commit(
      StoredUpdate update, UpdateHandler.Handling handling, InboxState state) {
    return jdbc.inTransaction(
        tx -> {
          if (!inbox.markHandled(tx, update, state)) {
            throw new AlreadyHandled();
          }
          outbox.enqueue(tx, handling.messages());
          return handling;
        });
  }

  private void retryPending() {
    try {
      inbox.pending(botId).stream()
          .filter(update -> update.receivedAt().isBefore(Instant.now().minus(RETRY_EVERY)))
          .forEach(this::submit);
    } catch (RuntimeException e) {
      log.warn("Cannot look for updates left pending", e);
    }
  }

  /** The handler threw: carries its exception out of the unit of work, which rolls back. */
  private static final class HandlerFailed extends RuntimeException {
    HandlerFailed(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }

  /** Another run handled the update first: rolls back this handling's writes. */
  private static final class AlreadyHandled extends RuntimeException {
    AlreadyHandled() {
      super(null, null, false, false);
    }
  }
}
