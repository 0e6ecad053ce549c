package vn.trolycongdoan.bot.outbox;

import java.time.Duration;

/**
 * How the outbox sender waits when there is nothing to send yet: {@link #system} in production, a
 * sleeper that moves a simulated clock in tests. {@link #wake} ends a running wait early (a message
 * was enqueued).
 */
public interface Sleeper {

  /** A real-time sleeper of its own: waits on a monitor, so that {@link #wake} ends the wait. */
  static Sleeper system() {
    return new MonitorSleeper();
  }

  /** Waits up to {@code duration}, less if woken. */
  void sleep(Duration duration) throws InterruptedException;

  void wake();

  /** The real-time sleeper: one monitor, a wake flag so a wake just before a wait is not lost. */
  final class MonitorSleeper implements Sleeper {

    private boolean woken;

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
      long deadline = System.nanoTime() + duration.toNanos();
      while (!woken) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        wait(Math.max(1, left / 1_000_000));
      }
      woken = false;
    }

    @Override
    public synchronized void wake() {
      woken = true;
      notifyAll();
    }
  }
}
