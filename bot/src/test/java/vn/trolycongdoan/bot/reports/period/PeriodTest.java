package vn.trolycongdoan.bot.reports.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void parses_the_four_api_forms_and_writes_them_back() {
    for (String form : new String[] {"2024-06", "2024-Q2", "2024-H1", "2024"}) {
      assertThat(Period.parse(form)).hasToString(form);
    }
    assertThat(Period.parse("2024-06")).isEqualTo(new Period(Cadence.MONTH, 2024, 6));
    assertThat(Period.parse("2024-Q2")).isEqualTo(new Period(Cadence.QUARTER, 2024, 2));
    assertThat(Period.parse("2024-H1")).isEqualTo(new Period(Cadence.HALF_YEAR, 2024, 1));
    assertThat(Period.parse("2024")).isEqualTo(new Period(Cadence.YEAR, 2024, 1));
  }

  @Test
  void refuses_api_forms_that_name_no_period() {
    for (String bad :
        new String[] {"2024-13", "2024-Q5", "2024-H3", "24", "2024-6", "", "Q2/2024"}) {
      assertThatThrownBy(() -> Period.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void labels_periods_as_vietnamese_readers_write_them() {
    assertThat(Period.parse("2024-06").label()).isEqualTo("tháng 6/2024");
    assertThat(Period.parse("2024-Q2").label()).isEqualTo("quý II/2024");
    assertThat(Period.parse("2024-Q4").label()).isEqualTo("quý IV/2024");
    assertThat(Period.parse("2024-H1").label()).isEqualTo("6 tháng đầu năm 2024");
    assertThat(Period.parse("2024-H2").label()).isEqualTo("6 tháng cuối năm 2024");
    assertThat(Period.parse("2024").label()).isEqualTo("năm 2024");
  }

  @Test
  void knows_its_first_and_last_day() {
    assertThat(Period.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Period.parse("2024-Q3").firstDay()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(Period.parse("2024-H2").lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(Period.parse("2024").contains(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(Period.parse("2024-H1").contains(LocalDate.of(2024, 7, 1))).isFalse();
  }

  @Test
  void the_period_containing_a_day_is_the_one_of_its_cadence() {
    LocalDate day = LocalDate.of(2024, 8, 15);

    assertThat(Period.containing(Cadence.MONTH, day)).hasToString("2024-08");
    assertThat(Period.containing(Cadence.QUARTER, day)).hasToString("2024-Q3");
    assertThat(Period.containing(Cadence.HALF_YEAR, day)).hasToString("2024-H2");
    assertThat(Period.containing(Cadence.YEAR, day)).hasToString("2024");
  }

  @Test
  void the_current_period_follows_the_date_in_viet_nam_not_in_utc() {
    Clock lateOnTheLastOfJune = Clock.fixed(Instant.parse("2024-06-30T18:00:00Z"), ZoneOffset.UTC);

    assertThat(Period.current(Cadence.MONTH, lateOnTheLastOfJune)).hasToString("2024-07");
    assertThat(Period.current(Cadence.HALF_YEAR, lateOnTheLastOfJune)).hasToString("2024-H2");
  }

  @Test
  void refuses_an_index_outside_its_cadence() {
    assertThatThrownBy(() -> new Period(Cadence.QUARTER, 2024, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quarter 5");
    assertThatThrownBy(() -> new Period(Cadence.YEAR, 999, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_period_is_made_of_the_shorter_periods_within_it_and_of_no_longer_one() {
    assertThat(Period.parse("2024-H2").parts(Cadence.QUARTER))
        .containsExactly(Period.parse("2024-Q3"), Period.parse("2024-Q4"));
    assertThat(Period.parse("2024-Q2").parts(Cadence.MONTH))
        .containsExactly(Period.parse("2024-04"), Period.parse("2024-05"), Period.parse("2024-06"));
    assertThat(Period.parse("2024-Q2").parts(Cadence.QUARTER))
        .containsExactly(Period.parse("2024-Q2"));
    assertThat(Period.parse("2024-Q2").parts(Cadence.YEAR)).isEmpty();
    assertThat(Period.parse("2024-Q3").overlapping())
        .containsExactly(
            Period.parse("2024-07"),
            Period.parse("2024-08"),
            Period.parse("2024-09"),
            Period.parse("2024-Q3"),
            Period.parse("2024-H2"),
            Period.parse("2024"));
  }
}
