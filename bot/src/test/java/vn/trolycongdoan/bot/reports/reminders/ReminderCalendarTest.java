package vn.trolycongdoan.bot.reports.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.config.DeadlineSettings;
import vn.trolycongdoan.bot.config.DeadlineSettings.DueDay;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Cadence;

class ReminderCalendarTest {

  private static final DueDay TWENTIETH = new DueDay(20, 0);

  private final ReminderCalendar bundled =
      new ReminderCalendar(
          new Deadlines(new DeadlineSettings(TWENTIETH, TWENTIETH, TWENTIETH, TWENTIETH, 15)),
          List.of(Cadence.HALF_YEAR, Cadence.YEAR),
          3);

  @Test
  void the_first_reminder_is_due_from_three_days_ahead_until_the_day_before_the_deadline() {
    assertThat(due(bundled, "2026-06-16")).isEmpty();
    assertThat(due(bundled, "2026-06-17")).containsExactly("2026-H1 AHEAD 2026-06-20");
    assertThat(due(bundled, "2026-06-19")).containsExactly("2026-H1 AHEAD 2026-06-20");
    assertThat(due(bundled, "2026-06-20")).containsExactly("2026-H1 DEADLINE_DAY 2026-06-20");
    assertThat(due(bundled, "2026-06-21")).isEmpty();
  }

  @Test
  void the_second_half_and_the_year_share_their_deadline() {
    assertThat(due(bundled, "2026-12-18"))
        .containsExactly("2026-H2 AHEAD 2026-12-20", "2026 AHEAD 2026-12-20");
  }

  @Test
  void a_deadline_in_the_month_after_reminds_of_the_period_before() {
    ReminderCalendar monthly =
        new ReminderCalendar(
            new Deadlines(
                new DeadlineSettings(new DueDay(5, 1), TWENTIETH, TWENTIETH, TWENTIETH, 15)),
            List.of(Cadence.MONTH),
            3);

    assertThat(due(monthly, "2026-07-02")).containsExactly("2026-06 AHEAD 2026-07-05");
    assertThat(due(monthly, "2026-07-05")).containsExactly("2026-06 DEADLINE_DAY 2026-07-05");
  }

  @Test
  void a_period_that_has_not_begun_is_never_due_and_unused_cadences_are_ignored() {
    ReminderCalendar firstOfMonth =
        new ReminderCalendar(
            new Deadlines(
                new DeadlineSettings(new DueDay(1, 0), TWENTIETH, TWENTIETH, TWENTIETH, 15)),
            List.of(Cadence.MONTH),
            3);

    assertThat(due(firstOfMonth, "2026-06-29")).isEmpty();
    assertThat(due(firstOfMonth, "2026-07-01")).containsExactly("2026-07 DEADLINE_DAY 2026-07-01");
    assertThat(due(bundled, "2026-05-18")).as("no monthly indicator").isEmpty();
  }

  private static List<String> due(ReminderCalendar calendar, String day) {
    return calendar.dueOn(LocalDate.parse(day)).stream()
        .map(d -> d.period() + " " + d.kind() + " " + d.deadlineDay())
        .toList();
  }
}
