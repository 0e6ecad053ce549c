package vn.trolycongdoan.bot.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the service's periodic jobs (reminders, clean-ups) one after another on one daemon thread,
 * each at once and then again every {@code every} after the previous run ended. A job that throws
 * is logged and runs again next time: one failure (a locked database, a bug on one unit) never
 * stops the schedule. {@link #close} stops it, waiting a few seconds for a run under way.
 */
final class ScheduledJobs implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);
  private static final long CLOSE_WAIT_SECONDS = 5;

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "scheduled-jobs");
            thread.setDaemon(true);
            return thread;
          });
  private final Duration every;

  ScheduledJobs(Duration every) {
    this.every = every;
  }

  /** Runs {@code job}, named {@code name} in the log, now and then every interval. */
  ScheduledJobs add(String name, Runnable job) {
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            job.run();
          } catch (RuntimeException e) {
            log.warn("Scheduled job {} failed; it runs again in {} s", name, every.toSeconds(), e);
          }
        },
        0,
        every.toMillis(),
        TimeUnit.MILLISECONDS);
    return this;
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        log.warn("A scheduled job was still running at stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
