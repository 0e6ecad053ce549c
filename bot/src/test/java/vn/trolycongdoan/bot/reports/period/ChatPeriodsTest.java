package vn.trolycongdoan.bot.reports.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatPeriodsTest {

  @Test
  void reads_every_form_people_write() {
    Map<String, String> forms =
        Map.ofEntries(
            Map.entry("T6/2024", "2024-06"),
            Map.entry("t06/2024", "2024-06"),
            Map.entry("06/2024", "2024-06"),
            Map.entry("6/2024", "2024-06"),
            Map.entry("tháng 6/2024", "2024-06"),
            Map.entry("Q2/2024", "2024-Q2"),
            Map.entry("quý II/2024", "2024-Q2"),
            Map.entry("QIV/2024", "2024-Q4"),
            Map.entry("6T/2024", "2024-H1"),
            Map.entry("H1/2024", "2024-H1"),
            Map.entry("h2/2024", "2024-H2"),
            Map.entry("2024", "2024"),
            Map.entry("N2024", "2024"),
            Map.entry("năm 2024", "2024"),
            Map.entry("2024-Q3", "2024-Q3"),
            Map.entry("2024-h1", "2024-H1"),
            Map.entry("2024-06", "2024-06"));

    forms.forEach(
        (written, api) -> {
          assertThat(ChatPeriods.looksLikePeriod(written)).as(written).isTrue();
          assertThat(ChatPeriods.parse(written)).as(written).map(Period::toString).hasValue(api);
        });
  }

  @Test
  void a_period_shaped_word_that_names_no_period_is_recognised_but_not_read() {
    for (String bad :
        new String[] {"T13/2024", "00/2024", "Q5/2024", "H3/2024", "9T/2024", "0999"}) {
      assertThat(ChatPeriods.looksLikePeriod(bad)).as(bad).isTrue();
      assertThat(ChatPeriods.parse(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void words_and_numbers_are_not_periods() {
    for (String other : new String[] {"DVM", "15", "3.500.000", "85%", "T6", "", "đoàn"}) {
      assertThat(ChatPeriods.looksLikePeriod(other)).as(other).isFalse();
      assertThat(ChatPeriods.parse(other)).as(other).isEqualTo(Optional.empty());
    }
  }
}
