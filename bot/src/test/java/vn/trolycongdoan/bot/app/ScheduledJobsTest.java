package vn.trolycongdoan.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.LogCapture;

class ScheduledJobsTest {

  @Test
  void a_job_that_throws_is_logged_and_runs_again() throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch thirdRun = new CountDownLatch(3);
    try (LogCapture logs = LogCapture.start();
        ScheduledJobs jobs = new ScheduledJobs(Duration.ofMillis(5))) {
      jobs.add(
          "flaky",
          () -> {
            thirdRun.countDown();
            if (runs.incrementAndGet() == 1) {
              throw new IllegalStateException("database is locked");
            }
          });

      assertThat(thirdRun.await(10, TimeUnit.SECONDS)).as("ran three times").isTrue();
      assertThat(logs.atLeast(Level.WARN))
          .anyMatch(line -> line.contains("Scheduled job flaky failed; it runs again"));
    }
  }

  @Test
  void each_job_runs_at_start_without_waiting_for_the_interval() throws InterruptedException {
    CountDownLatch ran = new CountDownLatch(2);
    try (ScheduledJobs jobs = new ScheduledJobs(Duration.ofHours(1))) {
      jobs.add("first", ran::countDown).add("second", ran::countDown);

      assertThat(ran.await(10, TimeUnit.SECONDS)).as("both ran without waiting an hour").isTrue();
    }
  }
}
