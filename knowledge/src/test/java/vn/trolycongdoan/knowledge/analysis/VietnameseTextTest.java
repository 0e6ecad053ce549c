package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "hoà, hòa",
    "thoả, thỏa",
    "khoẻ, khỏe",
    "uỷ, ủy",
    "tuỳ, tùy",
    "hoá, hóa",
    "thuỷ, thủy",
    "qúy, quý",
    "gìa, già",
    "ngừơi, người",
    "hoàn, hoàn",
    "hòan, hoàn",
    "huỳnh, huỳnh",
    "hòai, hoài",
    "khủyu, khuỷu",
    "quả, quả",
    "giữa, giữa",
    "gìn, gìn",
    "mía, mía",
    "múa, múa",
    "rượu, rượu",
  })
  void puts_the_tone_on_the_canonical_vowel(String typed, String canonical) {
    assertThat(VietnameseText.normalize(typed)).isEqualTo(canonical);
  }

  @Test
  void folds_a_mark_that_case_folding_turns_into_a_letter_the_same_however_it_was_typed() {
    String typed = "\u0345\u0300";
    String decomposed = Normalizer.normalize(typed, Normalizer.Form.NFD);

    assertThat(VietnameseText.normalize(typed)).isEqualTo(VietnameseText.normalize(decomposed));
    assertThat(VietnameseText.fold(typed)).isEqualTo(VietnameseText.fold(decomposed));
  }

  @Test
  void unpaired_surrogate_halves_do_not_join_when_what_stood_between_them_is_dropped() {
    String halvesOfDeseretCapitalLongI = "\ud801\u200b\udc00";
    String halvesAroundMark = "\ud801\u0301\udc00";

    assertThat(VietnameseText.normalize(halvesOfDeseretCapitalLongI)).isEqualTo("\ufffd\ufffd");
    assertThat(VietnameseText.fold(halvesOfDeseretCapitalLongI)).isEqualTo("\ufffd\ufffd");
    assertThat(VietnameseText.fold(halvesAroundMark)).isEqualTo("\ufffd\ufffd");
  }

  @Test
  void normalizes_whole_sentences_word_by_word() {
    assertThat(VietnameseText.normalize("Thoả ước LAO ĐỘNG tập thể, Uỷ ban Kiểm tra"))
        .isEqualTo("thỏa ước lao động tập thể, ủy ban kiểm tra");
  }

  @Test
  void decomposed_input_gives_the_composed_result() {
    String composed = "Người lao động hoà thuận";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(VietnameseText.normalize(decomposed)).isEqualTo("người lao động hòa thuận");
  }

  @Test
  void accepts_the_tone_typed_before_the_vowel_shape_mark() {
    String toneFirst = "ng\u01b0o\u0300\u031bi";

    assertThat(VietnameseText.normalize(toneFirst)).isEqualTo("người");
  }

  @Test
  void lower_cases_capitals_including_đ() {
    assertThat(VietnameseText.normalize("ĐOÀN VIÊN CÔNG ĐOÀN")).isEqualTo("đoàn viên công đoàn");
  }

  @Test
  void folds_away_every_diacritic_and_đ() {
    assertThat(VietnameseText.fold("Thỏa ước")).isEqualTo("thoa uoc");
    assertThat(VietnameseText.fold("ĐOÀN Viên Công đoàn")).isEqualTo("doan vien cong doan");
    assertThat(VietnameseText.fold("Quỹ Xã hội, bảo hiểm")).isEqualTo("quy xa hoi, bao hiem");
  }

  @Test
  void folding_ignores_tone_placement_and_decomposition() {
    assertThat(VietnameseText.fold("hoà")).isEqualTo(VietnameseText.fold("hòa")).isEqualTo("hoa");
    assertThat(VietnameseText.fold(Normalizer.normalize("Đặng", Normalizer.Form.NFD)))
        .isEqualTo("dang");
  }

  @Test
  void keeps_digits_and_punctuation_of_codes() {
    assertThat(VietnameseText.fold("Số: 38/KH-LĐLĐ, 18.000đ")).isEqualTo("so: 38/kh-ldld, 18.000d");
  }

  @Test
  void unifies_full_width_forms_and_drops_invisible_characters() {
    assertThat(VietnameseText.normalize("ＮＬĐ １２")).isEqualTo("nlđ 12");
    assertThat(VietnameseText.normalize("lao\u00ad động\u200b")).isEqualTo("lao động");
  }

  @Test
  void leaves_words_that_are_not_one_vietnamese_syllable_alone() {
    assertThat(VietnameseText.normalize("café résumé naïve")).isEqualTo("café résumé naïve");
    assertThat(VietnameseText.normalize("hoàhoa")).isEqualTo("hoàhoa");
  }
}
