package vn.trolycongdoan.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import vn.trolycongdoan.bot.outbox.Sleeper;

/**
 * A clock that moves only when the code under test sleeps: {@link #sleep} moves it forward at once.
 * One instance is the outbox sender's clock and sleeper and the fake Bot API's clock ({@link
 * #nanoTime}), so a 45 s {@code retry_after} or a two-minute storm pass in milliseconds while the
 * real HTTP client talks to the fake. Thread-safe.
 */
final class SimulatedTime extends Clock implements Sleeper {

  private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

  private final AtomicLong nanos = new AtomicLong();

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    if (!duration.isNegative()) {
      nanos.addAndGet(duration.toNanos());
    }
    Thread.yield();
  }

  @Override
  public void wake() {}

  /** The simulated time since the start, in nanoseconds. */
  long nanoTime() {
    return nanos.get();
  }

  Duration elapsed() {
    return Duration.ofNanos(nanos.get());
  }

  @Override
  public Instant instant() {
    return START.plusNanos(nanos.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("simulated time is UTC");
  }
}
