package vn.trolycongdoan.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  @Test
  void lets_the_whole_limit_through_at_once_and_the_next_one_a_period_after_the_first() {
    SlidingWindow window = new SlidingWindow(3, Duration.ofSeconds(1));
    for (long t = 0; t < 3; t++) {
      assertThat(window.allows(t)).isTrue();
      window.take(t);
    }

    assertThat(window.allows(10)).isFalse();
    assertThat(window.nanosUntilAllowed(10)).isEqualTo(SECOND - 10);
    assertThat(window.allows(SECOND - 1)).isFalse();
    assertThat(window.allows(SECOND)).isTrue();
    assertThat(window.nanosUntilAllowed(SECOND)).isZero();
  }

  @Test
  void is_idle_once_its_last_take_is_a_period_old() {
    SlidingWindow window = new SlidingWindow(1, Duration.ofSeconds(1));
    assertThat(window.idle(0)).isTrue();
    window.take(5);

    assertThat(window.idle(SECOND + 4)).isFalse();
    assertThat(window.idle(SECOND + 5)).isTrue();
  }

  @Test
  void taking_whenever_allowed_keeps_every_window_within_the_limit_and_uses_all_of_it() {
    Random random = new Random(42);
    for (int run = 0; run < 50; run++) {
      int limit = 1 + random.nextInt(40);
      SlidingWindow window = new SlidingWindow(limit, Duration.ofSeconds(1));
      List<Long> takes = new ArrayList<>();
      long now = 0;
      while (now < 20 * SECOND) {
        if (window.allows(now)) {
          window.take(now);
          takes.add(now);
        }
        now += 1 + random.nextInt((int) (SECOND / limit / 20));
      }
      int first = 0;
      for (int last = 0; last < takes.size(); last++) {
        while (takes.get(last) - takes.get(first) >= SECOND) {
          first++;
        }
        assertThat(last - first + 1).isLessThanOrEqualTo(limit);
      }
      assertThat(takes.size())
          .as("takes of %d a second in 20 s", limit)
          .isGreaterThanOrEqualTo(limit * 18);
    }
  }
}
