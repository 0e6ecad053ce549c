package vn.trolycongdoan.bot.broadcasts.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SendTimeTest {

  private static final ZonedDateTime NOW =
      LocalDateTime.parse("2026-12-01T16:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  @Test
  void reads_the_forms_staff_type_day_first_or_time_first() {
    assertThat(SendTime.parse("24/12 08:00", NOW)).hasValue(at("2026-12-24T08:00"));
    assertThat(SendTime.parse("24/12/2026 8h", NOW)).hasValue(at("2026-12-24T08:00"));
    assertThat(SendTime.parse(" 24-12-26  8h30 ", NOW)).hasValue(at("2026-12-24T08:30"));
    assertThat(SendTime.parse("24.12 lúc 20:15", NOW)).hasValue(at("2026-12-24T20:15"));
    assertThat(SendTime.parse("8h30 24/12", NOW)).hasValue(at("2026-12-24T08:30"));
    assertThat(SendTime.parse("7 giờ 05 ngày 2/1", NOW)).hasValue(at("2027-01-02T07:05"));
  }

  @Test
  void a_day_without_a_year_is_the_next_one_and_today_stays_today() {
    assertThat(SendTime.parse("5/1 08:00", NOW)).hasValue(at("2027-01-05T08:00"));
    assertThat(SendTime.parse("1/12 08:00", NOW)).hasValue(at("2026-12-01T08:00"));
  }

  @Test
  void nonsense_and_impossible_days_or_hours_are_not_a_time() {
    for (String bad :
        new String[] {
          "",
          "sáng mai",
          "24/12",
          "08:00",
          "31/02 08:00",
          "24/13 08:00",
          "24/12 25:00",
          "24/12 08:75",
          "24/12/2030",
          "24/12 08:00 thêm"
        }) {
      assertThat(SendTime.parse(bad, NOW)).as(bad).isEmpty();
    }
  }

  private static LocalDateTime at(String local) {
    return LocalDateTime.parse(local);
  }
}
