package vn.trolycongdoan.bot.store;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SQLite's single write lock, taken in the process first: threads of this service that want to
 * write queue here and are handed the lock in turn, instead of each retrying SQLite's lock in
 * SQLite's busy handler, which sleeps 1, 2, 5, 10… ms between tries and so leaves the lock idle
 * while writers sleep. Other processes on the same file (a command-line tool) still meet SQLite's
 * own lock and its busy timeout. Reentrant; held by the thread that took it.
 */
final class WriteLock {

  private final ReentrantLock lock = new ReentrantLock();
  private final long timeoutMillis;

  WriteLock(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Takes the lock, waiting as long as SQLite's busy timeout would.
   *
   * @throws StoreException if another thread held it all that time, or the wait was interrupted
   */
  void lock() {
    try {
      if (!lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
        throw new StoreException(
            "The database's write lock was held by another thread for " + timeoutMillis + " ms",
            null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while waiting for the database's write lock", e);
    }
  }

  void unlock() {
    lock.unlock();
  }

  /** Whether this thread holds the lock. */
  boolean held() {
    return lock.isHeldByCurrentThread();
  }
}
