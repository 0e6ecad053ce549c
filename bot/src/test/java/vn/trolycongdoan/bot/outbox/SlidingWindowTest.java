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
  void lets_the_whole_limit_through_at_once_and_the_next_one_a_period_after_the_first_ended() {
    SlidingWindow window = SlidingWindow.fromEnd(3, Duration.ofSeconds(1));
    for (long t = 0; t < 3; t++) {
      assertThat(window.allows(t)).isTrue();
      window.take(t);
      window.end(t + 100);
    }

    assertThat(window.allows(200)).isFalse();
    assertThat(window.nanosUntilAllowed(200)).isEqualTo(SECOND - 100);
    assertThat(window.allows(SECOND + 99)).isFalse();
    assertThat(window.allows(SECOND + 100)).isTrue();
    assertThat(window.nanosUntilAllowed(SECOND + 100)).isZero();
  }

  @Test
  void a_send_on_its_way_holds_its_place_however_long_it_takes() {
    SlidingWindow window = SlidingWindow.fromEnd(1, Duration.ofSeconds(1));
    window.take(0);

    assertThat(window.allows(10 * SECOND)).isFalse();
    assertThat(window.nanosUntilAllowed(10 * SECOND)).isEqualTo(SECOND);
    assertThat(window.idle(10 * SECOND)).isFalse();
    window.end(10 * SECOND);
    assertThat(window.allows(11 * SECOND - 1)).isFalse();
    assertThat(window.idle(11 * SECOND)).isTrue();
  }

  @Test
  void
      sending_whenever_allowed_keeps_every_window_of_arrivals_within_the_limit_and_uses_nearly_all()
          throws Exception {
    Random random = new Random(42);
    for (int run = 0; run < 50; run++) {
      int limit = 1 + random.nextInt(40);
      long latency = random.nextInt(5_000_000);
      SlidingWindow window = SlidingWindow.fromEnd(limit, Duration.ofSeconds(1));
      List<Long> arrivals = new ArrayList<>();
      List<Long> ends = new ArrayList<>();
      long now = 0;
      while (now < 20 * SECOND) {
        while (!ends.isEmpty() && ends.get(0) <= now) {
          window.end(ends.remove(0));
        }
        if (window.allows(now)) {
          window.take(now);
          long arrival = now + random.nextInt((int) latency + 1);
          arrivals.add(arrival);
          ends.add(now + latency);
        }
        now += 1 + random.nextInt((int) (SECOND / limit / 50));
      }
      List<Long> sorted = arrivals.stream().sorted().toList();
      int first = 0;
      for (int last = 0; last < sorted.size(); last++) {
        while (sorted.get(last) - sorted.get(first) >= SECOND) {
          first++;
        }
        assertThat(last - first + 1).as("arrivals in one second").isLessThanOrEqualTo(limit);
      }
      assertThat(arrivals.size())
          .as("sends of %d a second in 20 s", limit)
          .isGreaterThanOrEqualTo(limit * 19);
    }
  }
}
