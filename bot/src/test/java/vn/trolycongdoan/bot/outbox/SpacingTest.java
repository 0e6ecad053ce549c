package vn.trolycongdoan.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpacingTest {

  private static final long MILLI = 1_000_000L;
  private static final long SECOND = 1_000 * MILLI;

  @Test
  void lets_one_send_through_per_gap_on_time() {
    Spacing spacing = new Spacing(25, Duration.ofSeconds(1), Duration.ofMillis(200));
    spacing.take(0);

    assertThat(spacing.allows(39 * MILLI)).isFalse();
    assertThat(spacing.nanosUntilAllowed(39 * MILLI)).isEqualTo(MILLI);
    assertThat(spacing.allows(40 * MILLI)).isTrue();
    assertThat(spacing.nanosUntilAllowed(40 * MILLI)).isZero();
  }

  @Test
  void a_late_send_keeps_the_schedule_so_the_next_ones_catch_up() {
    Spacing spacing = new Spacing(25, Duration.ofSeconds(1), Duration.ofMillis(200));
    spacing.take(0);
    spacing.take(70 * MILLI);

    assertThat(spacing.allows(80 * MILLI)).as("the third send is due at 80 ms").isTrue();
    spacing.take(80 * MILLI);
    assertThat(spacing.allows(119 * MILLI)).isFalse();
  }

  @Test
  void a_send_later_than_the_catch_up_moves_the_schedule_to_the_catch_up_behind_it() {
    Spacing spacing = new Spacing(25, Duration.ofSeconds(1), Duration.ofMillis(200));
    spacing.take(0);
    for (int i = 0; i < 6; i++) {
      assertThat(spacing.allows(SECOND)).as("send %d at 1 s", i).isTrue();
      spacing.take(SECOND);
    }

    assertThat(spacing.allows(SECOND)).as("200 ms of catch-up, then the one due at 1 s").isFalse();
    assertThat(spacing.nanosUntilAllowed(SECOND)).isEqualTo(40 * MILLI);
  }

  @Test
  void random_late_sends_keep_the_rate_and_never_pass_more_than_the_catch_up_allows() {
    Spacing spacing = new Spacing(25, Duration.ofSeconds(1), Duration.ofMillis(200));
    Random random = new Random(3);
    List<Long> sends = new ArrayList<>();
    long now = 0;
    while (sends.size() < 2_000) {
      if (spacing.allows(now)) {
        spacing.take(now);
        sends.add(now);
        now += random.nextInt(20) * MILLI;
      } else {
        now += spacing.nanosUntilAllowed(now) + random.nextInt(30) * MILLI;
      }
    }

    long span = sends.get(sends.size() - 1) - sends.get(0);
    assertThat(span)
        .as("2,000 at 25 a second, late by up to 30 ms each time")
        .isLessThan(80 * SECOND);
    for (int first = 0, last = 0; last < sends.size(); last++) {
      while (sends.get(last) - sends.get(first) >= SECOND) {
        first++;
      }
      assertThat(last - first + 1).isLessThanOrEqualTo(25 + 5 + 1);
    }
  }
}
