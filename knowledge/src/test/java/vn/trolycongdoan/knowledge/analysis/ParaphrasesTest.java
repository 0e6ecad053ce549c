package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParaphrasesTest {

  private static final Paraphrases RULES =
      Paraphrases.parse(
          """
          # leave
          nghỉ phép | phép năm => nghỉ hằng năm
          bố mẹ mất | ba má mất => cha đẻ, mẹ đẻ chết
          bố mẹ => cha đẻ, mẹ đẻ
          tăng ca => làm thêm giờ   # overtime
          mấy => bao nhiêu

          nghỉ việc riêng => nghỉ việc riêng
          nghỉ việc => chấm dứt hợp đồng lao động
          sáu tháng => 06 tháng
          """);

  @Test
  void replaces_a_member_phrase_by_its_legal_phrase_and_keeps_the_rest_as_typed() {
    assertThat(RULES.rewrite("Tôi được nghỉ phép bao nhiêu ngày?"))
        .contains("Tôi được nghỉ hằng năm bao nhiêu ngày?");
    assertThat(RULES.rewrite("Tăng ca tối đa sáu tháng?"))
        .contains("làm thêm giờ tối đa 06 tháng?");
  }

  @Test
  void replaces_every_match_left_to_right() {
    assertThat(RULES.rewrite("phép năm khi bố mẹ mất, tăng ca"))
        .contains("nghỉ hằng năm khi cha đẻ, mẹ đẻ chết, làm thêm giờ");
  }

  @Test
  void prefers_the_longest_match() {
    assertThat(RULES.rewrite("bố mẹ mất được nghỉ mấy ngày"))
        .contains("cha đẻ, mẹ đẻ chết được nghỉ bao nhiêu ngày");
    assertThat(RULES.rewrite("bố mẹ ốm")).contains("cha đẻ, mẹ đẻ ốm");
  }

  @Test
  void a_rule_mapping_a_phrase_to_itself_shields_it_from_a_shorter_rule() {
    assertThat(RULES.rewrite("nghỉ việc riêng mấy ngày"))
        .contains("nghỉ việc riêng bao nhiêu ngày");
    assertThat(RULES.rewrite("nghỉ việc riêng")).isEmpty();
    assertThat(RULES.rewrite("nghi viec rieng")).isEmpty();
  }

  @Test
  void a_legal_phrase_in_the_question_is_kept_as_typed() {
    Paraphrases rules = Paraphrases.parse("phụ cấp => phụ cấp lương\ntăng ca => làm thêm giờ\n");

    assertThat(rules.rewrite("phụ cấp có tính đóng bảo hiểm?"))
        .contains("phụ cấp lương có tính đóng bảo hiểm?");
    assertThat(rules.rewrite("Phụ cấp lương, tăng ca")).contains("Phụ cấp lương, làm thêm giờ");
    assertThat(rules.rewrite("PHU CAP LUONG")).isEmpty();
    assertThat(rules.size()).isEqualTo(2);
  }

  @Test
  void a_word_typed_with_diacritics_must_carry_the_rules_ones() {
    assertThat(RULES.rewrite("máy tăng ca")).contains("máy làm thêm giờ");
    assertThat(RULES.rewrite("nghỉ phẹp")).isEmpty();
  }

  @Test
  void a_word_typed_without_diacritics_matches_any_accented_form() {
    assertThat(RULES.rewrite("nghi phep may ngay")).contains("nghỉ hằng năm bao nhiêu ngay");
    assertThat(RULES.rewrite("bo me mat")).contains("cha đẻ, mẹ đẻ chết");
  }

  @Test
  void ignores_case_and_punctuation_around_words() {
    assertThat(RULES.rewrite("NGHỈ PHÉP?")).contains("nghỉ hằng năm?");
    assertThat(RULES.rewrite("(Nghỉ phép), tăng ca…")).contains("(nghỉ hằng năm), làm thêm giờ…");
    assertThat(RULES.rewrite("nghỉ - phép")).contains("nghỉ hằng năm");
  }

  @Test
  void matches_whole_words_only() {
    assertThat(RULES.rewrite("tăngca")).isEmpty();
    assertThat(RULES.rewrite("nghỉ phépnăm")).isEmpty();
    assertThat(RULES.rewrite("mấyy")).isEmpty();
  }

  @Test
  void keeps_abbreviations_as_typed() {
    assertThat(RULES.rewrite("NLĐ tăng ca có được BHXH, CĐCS hỗ trợ?"))
        .contains("NLĐ làm thêm giờ có được BHXH, CĐCS hỗ trợ?");
  }

  @Test
  void is_empty_when_no_rule_matches() {
    assertThat(RULES.rewrite("Lương tối thiểu vùng I")).isEmpty();
    assertThat(RULES.rewrite("")).isEmpty();
    assertThat(Paraphrases.none().rewrite("nghỉ phép")).isEmpty();
  }

  @Test
  void counts_member_phrases_once_each() {
    assertThat(RULES.size()).isEqualTo(10);
    assertThat(Paraphrases.parse("a => b\nA => b\n").size()).isEqualTo(1);
    assertThat(Paraphrases.parse("# nothing\n\n").size()).isZero();
  }

  @Test
  void rejects_a_line_without_an_arrow_naming_it() {
    assertThatThrownBy(() -> Paraphrases.parse("a => b\n\nnghỉ phép = nghỉ hằng năm\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 3: no \"=>\"");
  }

  @Test
  void rejects_empty_sides_naming_the_line() {
    assertThatThrownBy(() -> Paraphrases.parse("=> nghỉ hằng năm"))
        .hasMessage("line 1: empty member phrase");
    assertThatThrownBy(() -> Paraphrases.parse("a => b\nnghỉ phép | => nghỉ hằng năm"))
        .hasMessage("line 2: empty member phrase");
    assertThatThrownBy(() -> Paraphrases.parse("nghỉ phép =>  "))
        .hasMessage("line 1: empty legal phrase");
    assertThatThrownBy(() -> Paraphrases.parse("a => b => c"))
        .hasMessageStartingWith("line 1: one legal phrase");
  }

  @Test
  void rejects_a_member_phrase_given_two_legal_phrases() {
    assertThatThrownBy(
            () -> Paraphrases.parse("nghỉ phép => nghỉ hằng năm\n# x\nNghỉ  phép => nghỉ lễ\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 3: \"Nghỉ  phép\" is already rewritten to \"nghỉ hằng năm\" on line 1");
  }
}
