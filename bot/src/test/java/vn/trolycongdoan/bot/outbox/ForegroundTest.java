package vn.trolycongdoan.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ForegroundTest {

  private long now = Duration.ofSeconds(10).toNanos();
  private final Foreground foreground = new Foreground(() -> now);

  @Test
  void bulk_is_held_only_while_foreground_work_runs() {
    assertThat(foreground.holdsBulk()).isFalse();

    foreground.enter();
    assertThat(foreground.holdsBulk()).isTrue();

    foreground.exit();
    assertThat(foreground.holdsBulk()).isFalse();
  }

  @Test
  void work_begun_twice_holds_bulk_until_both_end() {
    foreground.enter();
    foreground.enter();
    foreground.exit();
    assertThat(foreground.holdsBulk()).isTrue();

    foreground.exit();
    assertThat(foreground.holdsBulk()).isFalse();
  }

  @Test
  void a_second_holds_bulk_for_at_most_its_share_and_the_next_second_holds_again() {
    foreground.enter();
    advance(Duration.ofMillis(150));
    assertThat(foreground.holdsBulk()).isTrue();

    advance(Duration.ofMillis(60));
    assertThat(foreground.holdsBulk()).as("210 ms of 200 used").isFalse();

    advance(Duration.ofMillis(800));
    assertThat(foreground.holdsBulk()).as("a new second").isTrue();
  }

  @Test
  void the_share_counts_every_piece_of_work_in_the_second() {
    for (int i = 0; i < 4; i++) {
      foreground.enter();
      advance(Duration.ofMillis(60));
      foreground.exit();
      advance(Duration.ofMillis(10));
    }
    foreground.enter();
    assertThat(foreground.holdsBulk()).as("240 ms of 200 used").isFalse();
  }

  @Test
  void run_returns_what_the_work_returns_and_ends_it_even_when_it_throws() {
    assertThat(foreground.run(() -> "xong")).isEqualTo("xong");
    try {
      foreground.run(
          () -> {
            throw new IllegalStateException("hỏng");
          });
    } catch (IllegalStateException expected) {
      // the work failed; it still ended
    }
    assertThat(foreground.holdsBulk()).isFalse();
  }

  private void advance(Duration duration) {
    now += duration.toNanos();
  }
}
