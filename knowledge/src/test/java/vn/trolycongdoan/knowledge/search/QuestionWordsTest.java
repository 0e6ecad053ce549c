package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class QuestionWordsTest {

  @Test
  void strip_removes_question_phrases_and_keeps_the_rest_as_typed() {
    assertThat(QuestionWords.strip("Lao động nữ được nghỉ thai sản bao lâu?"))
        .isEqualTo("Lao động nữ được nghỉ thai sản");
    assertThat(QuestionWords.strip("Đoàn phí là bao nhiêu?")).isEqualTo("Đoàn phí");
    assertThat(QuestionWords.strip("Kinh phí công đoàn là gì")).isEqualTo("Kinh phí công đoàn");
  }

  @Test
  void strip_prefers_the_longest_question_phrase() {
    assertThat(QuestionWords.strip("Thủ tục như thế nào")).isEqualTo("Thủ tục");
    assertThat(QuestionWords.strip("cho tôi hỏi mức lương tối thiểu"))
        .isEqualTo("mức lương tối thiểu");
  }

  @Test
  void a_word_typed_with_diacritics_must_match_them_exactly() {
    assertThat(QuestionWords.strip("máy tính là gì")).isEqualTo("máy tính");
    assertThat(QuestionWords.strip("được nghỉ mấy ngày")).isEqualTo("được nghỉ ngày");
    assertThat(QuestionWords.strip("báo nhiều lần")).isEqualTo("báo nhiều lần");
  }

  @Test
  void a_word_typed_without_diacritics_matches_any_accented_form() {
    assertThat(QuestionWords.strip("nghi thai san bao lau")).isEqualTo("nghi thai san");
    assertThat(QuestionWords.strip("thu tuc nhu the nao")).isEqualTo("thu tuc");
    assertThat(QuestionWords.strip("Đoàn phí la bao nhieu")).isEqualTo("Đoàn phí");
  }

  @Test
  void ambiguous_bare_question_words_are_kept_unless_last() {
    assertThat(QuestionWords.strip("bao hiem xa hoi tra gi")).isEqualTo("bao hiem xa hoi tra");
    assertThat(QuestionWords.strip("che do om dau huong the nao")).isEqualTo("che do om dau huong");
    assertThat(QuestionWords.strip("vay tien cong doan")).isEqualTo("vay tien cong doan");
    assertThat(QuestionWords.strip("nghi khong luong")).isEqualTo("nghi khong luong");

    assertThat(QuestionWords.strip("nghi phep nam tinh the nao vay"))
        .isEqualTo("nghi phep nam tinh");
    assertThat(QuestionWords.strip("nghi phep duoc may")).isEqualTo("nghi phep duoc");
  }

  @Test
  void the_last_word_is_the_last_one_that_is_not_only_punctuation() {
    assertThat(QuestionWords.strip("co duoc nghi phep khong ?")).isEqualTo("co duoc nghi phep ?");
  }

  @Test
  void accented_one_word_question_words_go_wherever_they_stand() {
    assertThat(QuestionWords.strip("hỏi về đoàn phí ở đâu vậy")).isEqualTo("về đoàn phí");
  }

  @Test
  void a_question_of_question_words_only_is_kept_whole() {
    assertThat(QuestionWords.strip("là gì?")).isEqualTo("là gì?");
    assertThat(QuestionWords.content("bao nhiêu")).isEqualTo("bao nhiêu");
  }

  @Test
  void content_also_removes_chat_fillers() {
    assertThat(QuestionWords.content("cho em hỏi nghỉ phép được mấy ngày ạ"))
        .isEqualTo("nghỉ phép được ngày");
    assertThat(QuestionWords.content("tôi được nghỉ mấy ngày nhé")).isEqualTo("được nghỉ ngày");
    assertThat(QuestionWords.content("ad ơi nghỉ ốm dc ko")).isEqualTo("nghỉ ốm");
  }

  @Test
  void bare_fillers_count_only_in_their_chat_spelling() {
    assertThat(QuestionWords.content("toi da lam them bao nhieu gio"))
        .isEqualTo("toi da lam them gio");
    assertThat(QuestionWords.content("chi tra tro cap the nao")).isEqualTo("chi tra tro cap");
    assertThat(QuestionWords.content("em nghi om dc ko")).isEqualTo("nghi om");
    assertThat(QuestionWords.content("chị được nghỉ")).isEqualTo("được nghỉ");
  }

  @Test
  void content_keeps_the_stripped_question_if_only_fillers_would_remain() {
    assertThat(QuestionWords.content("em hỏi ạ")).isEqualTo("em");
  }

  @Property
  void strip_keeps_a_subsequence_of_the_words_or_the_question_itself(
      @ForAll("questions") String question) {
    String stripped = QuestionWords.strip(question);

    assertThat(stripped.equals(question) || isSubsequence(words(stripped), words(question)))
        .as("%s -> %s", question, stripped)
        .isTrue();
  }

  @Test
  void a_question_of_question_words_and_punctuation_only_is_kept_whole() {
    assertThat(QuestionWords.strip("bao nhiêu \u0000 bao nhiêu"))
        .isEqualTo("bao nhiêu \u0000 bao nhiêu");
    assertThat(QuestionWords.strip("bao nhiêu ?")).isEqualTo("bao nhiêu ?");
  }

  @Property
  void content_keeps_a_subsequence_of_the_stripped_words(@ForAll("questions") String question) {
    String stripped = QuestionWords.strip(question);
    String content = QuestionWords.content(question);

    assertThat(content.equals(stripped) || isSubsequence(words(content), words(stripped)))
        .as("%s -> %s", question, content)
        .isTrue();
  }

  @Provide
  Arbitrary<String> questions() {
    return SearchText.questions();
  }

  private static List<String> words(String text) {
    // strip(), not trim(): trim() also cuts control characters such as a trailing NUL, which a
    // word may end with ("0\u0000 em" -> "0\u0000").
    return Arrays.asList(text.strip().split("\\s+"));
  }

  private static boolean isSubsequence(List<String> part, List<String> whole) {
    int at = 0;
    for (String word : whole) {
      if (at < part.size() && part.get(at).equals(word)) {
        at++;
      }
    }
    return at == part.size();
  }
}
