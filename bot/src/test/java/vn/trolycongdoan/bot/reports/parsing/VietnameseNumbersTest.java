package vn.trolycongdoan.bot.reports.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

  @Test
  void dots_group_thousands_and_a_comma_starts_the_decimals() {
    Map<String, String> written =
        Map.of(
            "3.500.000", "3500000",
            "1.500", "1500",
            "3,5", "3.5",
            "3.500.000,75", "3500000.75",
            "2,300,000", "2300000",
            "1.5", "1.5",
            "-5", "-5",
            "007", "7");

    written.forEach(
        (text, value) ->
            assertThat(VietnameseNumbers.digits(text))
                .as(text)
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value)));
  }

  @Test
  void dots_and_commas_that_fit_no_way_of_writing_a_number_are_no_number() {
    for (String text : List.of("3.50.0", "1,2,3", "1..5", "1.5.", "3,500,00")) {
      assertThat(VietnameseNumbers.digits(text)).as(text).isEmpty();
    }
  }

  @Test
  void reads_multipliers_and_percent_signs_after_a_number() {
    assertThat(read("3,5 triệu")).isEqualByComparingTo("3500000");
    assertThat(read("2 tỷ")).isEqualByComparingTo("2000000000");
    assertThat(read("200 ngàn")).isEqualByComparingTo("200000");
    assertThat(VietnameseNumbers.read(words("85 %"), 0).orElseThrow().percent()).isTrue();
    assertThat(VietnameseNumbers.read(words("85 phần trăm"), 0).orElseThrow().end()).isEqualTo(3);
  }

  @Test
  void reads_numbers_in_words_with_or_without_diacritics() {
    Map<String, Integer> written =
        Map.of(
            "mười lăm", 15,
            "muoi lam", 15,
            "hai mươi", 20,
            "hai mươi mốt", 21,
            "ba mươi tư", 34,
            "một trăm linh năm", 105,
            "hai trăm năm mươi", 250,
            "ba nghìn hai trăm", 3200,
            "hai triệu", 2_000_000,
            "không", 0);

    written.forEach(
        (text, value) -> assertThat(read(text)).as(text).isEqualByComparingTo("" + value));
  }

  @Test
  void words_that_are_no_number_are_not_read() {
    for (String text : List.of("abc", "trăm", "nghìn", "%", "", "đoàn viên")) {
      assertThat(VietnameseNumbers.read(words(text), 0)).as(text).isEmpty();
    }
  }

  @Test
  void formats_as_vietnamese_readers_write_numbers() {
    assertThat(VietnameseNumbers.format(new BigDecimal("3500000"))).isEqualTo("3.500.000");
    assertThat(VietnameseNumbers.format(new BigDecimal("85.5"))).isEqualTo("85,5");
    assertThat(VietnameseNumbers.format(new BigDecimal("-5"))).isEqualTo("-5");
  }

  private static BigDecimal read(String text) {
    return VietnameseNumbers.read(words(text), 0).orElseThrow().value();
  }

  private static List<Token> words(String text) {
    return Arrays.stream(text.split(" ")).filter(w -> !w.isEmpty()).map(Token::of).toList();
  }
}
