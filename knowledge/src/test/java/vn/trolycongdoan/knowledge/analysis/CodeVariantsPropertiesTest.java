package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trolycongdoan.knowledge.analysis.TokenStreams.terms;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.lucene.analysis.Analyzer;

class CodeVariantsPropertiesTest {
  private static final Analyzer CODES = new CodeAnalyzer();

  @AfterContainer
  static void close() {
    CODES.close();
  }

  @Property
  void amounts_meet_with_or_without_grouping_and_currency_word(
      @ForAll @LongRange(min = 100, max = 1_000_000_000_000L) long amount) {
    DecimalFormatSymbols dots = new DecimalFormatSymbols();
    dots.setGroupingSeparator('.');
    String grouped = new DecimalFormat("#,###", dots).format(amount);

    assertThat(terms(CODES, "giá " + grouped + "đ/bữa"))
        .isEqualTo(terms(CODES, amount + " đồng"))
        .isEqualTo(terms(CODES, grouped + " VNĐ"))
        .contains(amount + "d", Long.toString(amount));
  }

  @Property
  void dates_meet_however_they_are_written(
      @ForAll @IntRange(min = 1, max = 31) int day,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1990, max = 2035) int year) {
    String expected = day + "/" + month + "/" + year;

    assertThat(terms(CODES, String.format("ngày %02d/%02d/%d", day, month, year)))
        .containsExactly(expected);
    assertThat(terms(CODES, String.format("ngày %02d tháng %d năm %d", day, month, year)))
        .containsExactly(expected);
    assertThat(terms(CODES, day + "-" + month + "-" + year)).containsExactly(expected);
  }

  @Property
  void document_numbers_meet_in_any_case_accent_or_separator_order(
      @ForAll @IntRange(min = 1, max = 2500) int number,
      @ForAll @From("documentTypes") String type,
      @ForAll @From("issuers") String issuer) {
    String official = String.format("%02d-%s/%s", number, type, issuer);
    String typed = VietnameseText.fold(number + "/" + type + "-" + issuer);

    assertThat(terms(CODES, "Số: " + official)).hasSize(3);
    assertThat(terms(CODES, typed)).containsAnyElementsOf(terms(CODES, official));
  }

  @Provide
  Arbitrary<String> documentTypes() {
    return Arbitraries.of("NQ", "KH", "QĐ", "CT", "CTr", "KL", "CTHĐ");
  }

  @Provide
  Arbitrary<String> issuers() {
    return Arbitraries.of("TW", "LĐLĐ", "BCH", "TLĐ", "TU", "ĐĐTLĐ");
  }
}
