package vn.trolycongdoan.bot.questions.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

class QuestionWordingTest {

  @Test
  void case_diacritics_and_punctuation_do_not_change_the_words() {
    assertThat(QuestionWording.words("Mức ĐOÀN PHÍ công đoàn???"))
        .isEqualTo(QuestionWording.words("muc doan phi, cong doan"))
        .containsExactly("muc", "doan", "phi", "cong");
  }

  @Test
  void tone_marks_placed_either_way_give_the_same_words() {
    assertThat(QuestionWording.words("Hoà giải tranh chấp"))
        .isEqualTo(QuestionWording.words("hòa giải tranh chấp"));
  }

  @Test
  void the_words_that_only_make_it_a_question_are_dropped() {
    assertThat(QuestionWording.words("Cho em hỏi phụ cấp trách nhiệm là bao nhiêu ạ?"))
        .containsExactly("phu", "cap", "trach", "nhiem");
  }

  @Test
  void topic_words_that_fold_like_filler_are_kept_when_typed_with_diacritics() {
    assertThat(QuestionWording.words("Bảo hiểm thất nghiệp")).contains("bao", "hiem");
    assertThat(QuestionWording.words("Cấp thẻ đoàn viên")).contains("the");
    assertThat(QuestionWording.words("Thi đua khen thưởng")).contains("thi");
  }

  @Test
  void typed_without_diacritics_only_unambiguous_filler_is_dropped() {
    assertThat(QuestionWording.words("bao hiem that nghiep duoc bao nhieu"))
        .containsExactly("bao", "hiem", "that", "nghiep");
  }

  @Test
  void a_question_of_filler_only_keeps_its_words() {
    assertThat(QuestionWording.words("Là gì?")).containsExactly("la", "gi");
  }

  @Test
  void nothing_but_punctuation_has_no_words() {
    assertThat(QuestionWording.words("?!…  ")).isEmpty();
    assertThat(QuestionWording.words("")).isEmpty();
  }

  @Test
  void similarity_is_shared_words_over_all_words() {
    assertThat(QuestionWording.similarity(Set.of("a", "b", "c"), Set.of("b", "c", "d")))
        .isEqualTo(0.5);
    assertThat(QuestionWording.similarity(Set.of("a"), Set.of("b"))).isZero();
    assertThat(QuestionWording.similarity(Set.of(), Set.of())).isEqualTo(1);
    assertThat(QuestionWording.similarity(Set.of("a"), Set.of())).isZero();
  }

  @Property
  void any_text_gives_folded_words_without_separators(@ForAll String text) {
    for (String word : QuestionWording.words(text)) {
      assertThat(word)
          .isNotEmpty()
          .doesNotContainAnyWhitespaces()
          .isEqualTo(VietnameseText.fold(word));
    }
  }

  @Property
  void words_compare_equal_to_themselves_and_symmetrically(
      @ForAll String first, @ForAll String second) {
    Set<String> a = QuestionWording.words(first);
    Set<String> b = QuestionWording.words(second);
    assertThat(QuestionWording.similarity(a, a)).isEqualTo(1);
    assertThat(QuestionWording.similarity(a, b))
        .isEqualTo(QuestionWording.similarity(b, a))
        .isBetween(0.0, 1.0);
  }
}
