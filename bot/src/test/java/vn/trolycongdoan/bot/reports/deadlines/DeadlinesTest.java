package vn.trolycongdoan.bot.reports.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.config.DeadlineSettings;
import vn.trolycongdoan.bot.config.DeadlineSettings.DueDay;
import vn.trolycongdoan.bot.config.SettingsLoader;
import vn.trolycongdoan.bot.reports.period.Period;

class DeadlinesTest {

  private final Deadlines bundled =
      new Deadlines(new SettingsLoader(Map.of()).load(null, Map.of()).deadlines());

  @Test
  void the_half_year_is_due_before_20_june_and_the_year_before_20_december_as_plan_38_asks() {
    assertThat(bundled.deadlineDay(Period.parse("2024-H1"))).isEqualTo(LocalDate.of(2024, 6, 20));
    assertThat(bundled.deadlineDay(Period.parse("2024"))).isEqualTo(LocalDate.of(2024, 12, 20));
    assertThat(bundled.label(Period.parse("2024-H1"))).isEqualTo("trước ngày 20/6/2024");
  }

  @Test
  void the_second_half_year_a_quarter_and_a_month_are_due_before_the_20th_of_their_last_month() {
    assertThat(bundled.deadlineDay(Period.parse("2024-H2"))).isEqualTo(LocalDate.of(2024, 12, 20));
    assertThat(bundled.deadlineDay(Period.parse("2024-Q3"))).isEqualTo(LocalDate.of(2024, 9, 20));
    assertThat(bundled.deadlineDay(Period.parse("2024-02"))).isEqualTo(LocalDate.of(2024, 2, 20));
  }

  @Test
  void a_deadline_in_a_later_month_may_fall_in_the_next_year() {
    Deadlines monthAfter =
        new Deadlines(
            new DeadlineSettings(
                new DueDay(20, 1), new DueDay(15, 1), new DueDay(20, 0), new DueDay(10, 2), 5));

    assertThat(monthAfter.deadlineDay(Period.parse("2024-12")))
        .isEqualTo(LocalDate.of(2025, 1, 20));
    assertThat(monthAfter.deadlineDay(Period.parse("2024-Q1")))
        .isEqualTo(LocalDate.of(2024, 4, 15));
    assertThat(monthAfter.deadlineDay(Period.parse("2024"))).isEqualTo(LocalDate.of(2025, 2, 10));
    assertThat(monthAfter.isLocked(Period.parse("2024-12"), Instant.parse("2025-01-24T17:00:00Z")))
        .isTrue();
  }

  @Test
  void a_report_is_late_from_midnight_in_viet_nam_starting_the_deadline_day() {
    Period half = Period.parse("2024-H1");

    assertThat(bundled.deadline(half)).isEqualTo(Instant.parse("2024-06-19T17:00:00Z"));
    assertThat(bundled.isLate(half, Instant.parse("2024-06-19T16:59:59Z"))).isFalse();
    assertThat(bundled.isLate(half, Instant.parse("2024-06-19T17:00:00Z"))).isTrue();
    assertThat(bundled.isLate(half, Instant.parse("2024-01-02T00:00:00Z"))).isFalse();
  }

  @Test
  void a_period_locks_for_reporters_when_the_grace_days_after_its_deadline_have_passed() {
    Period half = Period.parse("2024-H1");

    assertThat(bundled.lockedFrom(half)).isEqualTo(Instant.parse("2024-07-04T17:00:00Z"));
    assertThat(bundled.isLocked(half, Instant.parse("2024-06-25T03:00:00Z"))).isFalse();
    assertThat(bundled.isLocked(half, Instant.parse("2024-07-04T16:59:59Z"))).isFalse();
    assertThat(bundled.isLocked(half, Instant.parse("2024-07-04T17:00:00Z"))).isTrue();
  }

  @Test
  void with_no_grace_a_period_locks_at_its_deadline() {
    Deadlines strict =
        new Deadlines(
            new DeadlineSettings(
                new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), 0));

    Period year = Period.parse("2024");
    assertThat(strict.lockedFrom(year)).isEqualTo(strict.deadline(year));
  }
}
