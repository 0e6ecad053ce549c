package vn.trolycongdoan.bot.app;

import java.time.Clock;
import java.time.Duration;

/**
 * The time the service runs on: the clock that reports, reminders and sessions read, and how often
 * the scheduled jobs run. Tests give a clock they move and a short interval; message delivery
 * (inbox and outbox) always runs on the system clock.
 *
 * @param clock what "now" is for the features
 * @param jobsEvery the pause between two runs of the scheduled jobs
 */
public record Timing(Clock clock, Duration jobsEvery) {

  /** The system clock, and jobs every minute. */
  public static Timing system() {
    return new Timing(Clock.systemUTC(), Duration.ofMinutes(1));
  }
}
