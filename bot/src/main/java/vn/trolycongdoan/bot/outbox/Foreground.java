package vn.trolycongdoan.bot.outbox;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Work a member is waiting for, which bulk sends make way for: an update of theirs from when it is
 * stored until it is handled, a web chat message being answered, a reply or reminder being sent.
 * While any runs, the {@link OutboxSender} starts no new bulk send, so that a broadcast's sends do
 * not take the CPU an answer needs (on two cores a paid broadcast's thousand sends a second
 * otherwise make every answer two to four times slower). Bulk sends already on their way go on. So
 * that steady member traffic cannot stop a broadcast, bulk is held for at most {@link
 * #MAX_HOLD_PER_SECOND_NANOS} of each second. Thread-safe.
 */
public final class Foreground {

  static final long MAX_HOLD_PER_SECOND_NANOS = 200_000_000L;
  private static final long SECOND_NANOS = 1_000_000_000L;

  private final LongSupplier nanoTime;
  private int running;
  private long busySince;
  private long second = Long.MIN_VALUE;
  private long busyThisSecond;

  public Foreground() {
    this(System::nanoTime);
  }

  /**
   * @param nanoTime the time in nanoseconds, from one source that never goes back
   */
  public Foreground(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** Runs {@code work} as foreground work and returns what it returns. */
  public <T> T run(Supplier<T> work) {
    enter();
    try {
      return work.get();
    } finally {
      exit();
    }
  }

  /**
   * Whether a new bulk send should wait now: foreground work runs and this second's share is left.
   */
  synchronized boolean holdsBulk() {
    if (running == 0) {
      return false;
    }
    long now = nanoTime.getAsLong();
    account(now);
    return busyThisSecond < MAX_HOLD_PER_SECOND_NANOS;
  }

  /** Foreground work begins (on any thread); {@link #exit} it when it ends. */
  public synchronized void enter() {
    if (running++ == 0) {
      busySince = nanoTime.getAsLong();
    }
  }

  /** Foreground work {@linkplain #enter begun} ends. */
  public synchronized void exit() {
    account(nanoTime.getAsLong());
    running--;
  }

  /** Adds the time foreground work ran since it was last counted to the current second's. */
  private void account(long now) {
    long current = Math.floorDiv(now, SECOND_NANOS);
    if (current != second) {
      second = current;
      busyThisSecond = 0;
      busySince = Math.max(busySince, current * SECOND_NANOS);
    }
    busyThisSecond += now - busySince;
    busySince = now;
  }
}
