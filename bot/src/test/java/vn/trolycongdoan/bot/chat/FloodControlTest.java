package vn.trolycongdoan.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.bot.chat.FloodControl.Verdict.ALLOW;
import static vn.trolycongdoan.bot.chat.FloodControl.Verdict.IGNORE;
import static vn.trolycongdoan.bot.chat.FloodControl.Verdict.WARN;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.config.FloodLimit;

class FloodControlTest {

  private final ManualTime time = new ManualTime();
  private final FloodControl flood =
      new FloodControl(new FloodLimit(3, 5, Duration.ofSeconds(30)), time);
  private final ChatUser lan = new ChatUser(Channel.TELEGRAM, "1", "1", "Lan");
  private final ChatUser minh = new ChatUser(Channel.TELEGRAM, "2", "2", "Minh");

  @Test
  void warns_once_when_the_limit_is_passed_then_ignores() {
    List<FloodControl.Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      verdicts.add(flood.check(lan));
    }

    assertThat(verdicts).containsExactly(ALLOW, ALLOW, ALLOW, WARN, IGNORE, IGNORE);
  }

  @Test
  void other_users_are_not_affected() {
    for (int i = 0; i < 5; i++) {
      flood.check(lan);
    }

    assertThat(flood.check(minh)).isEqualTo(ALLOW);
  }

  @Test
  void listens_again_after_the_pause() {
    for (int i = 0; i < 4; i++) {
      flood.check(lan);
    }
    time.advance(Duration.ofSeconds(29));
    assertThat(flood.check(lan)).isEqualTo(IGNORE);

    time.advance(Duration.ofSeconds(2));
    assertThat(flood.check(lan)).isEqualTo(ALLOW);
  }

  @Test
  void a_steady_pace_under_the_limit_is_never_stopped() {
    for (int i = 0; i < 100; i++) {
      assertThat(flood.check(lan)).isEqualTo(ALLOW);
      time.advance(Duration.ofSeconds(21));
    }
  }

  @Test
  void the_same_user_id_on_another_channel_is_another_user() {
    for (int i = 0; i < 5; i++) {
      flood.check(lan);
    }

    assertThat(flood.check(new ChatUser(Channel.WEB, "1", "1", ""))).isEqualTo(ALLOW);
  }

  @Test
  void an_address_is_counted_across_users_with_its_own_limit() {
    List<FloodControl.Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      verdicts.add(flood.checkAddress("203.0.113.7"));
    }

    assertThat(verdicts).containsExactly(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, WARN, IGNORE);
    assertThat(flood.checkAddress("203.0.113.8")).isEqualTo(ALLOW);
    assertThat(flood.check(lan)).isEqualTo(ALLOW);
  }

  /** A clock the test moves by hand. */
  private static final class ManualTime implements TimeMeter {

    private long nanos = 1_000_000_000L;

    void advance(Duration duration) {
      nanos += duration.toNanos();
    }

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }
}
