package vn.trolycongdoan.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets: it stands still until {@link #set} or {@link #advance} moves it.
 * Thread-safe, so the service's threads may read it while the test moves it.
 */
public final class FakeClock extends Clock {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final AtomicReference<Instant> now;

  private FakeClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** A clock at {@code localTime} in Việt Nam, e.g. {@code 2026-06-17T09:00}. */
  public static FakeClock atVietnamTime(String localTime) {
    return new FakeClock(vietnamTime(localTime));
  }

  /** Moves the clock to {@code localTime} in Việt Nam. */
  public void set(String localTime) {
    now.set(vietnamTime(localTime));
  }

  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    Clock self = this;
    return new Clock() {
      @Override
      public Instant instant() {
        return self.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }
    };
  }

  private static Instant vietnamTime(String localTime) {
    return LocalDateTime.parse(localTime).atZone(VIETNAM).toInstant();
  }
}
