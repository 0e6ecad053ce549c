package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ParaphrasesPropertiesTest {

  private static final Paraphrases RULES =
      Paraphrases.parse(
          """
          nghỉ phép | phép năm => nghỉ hằng năm
          bố mẹ mất => cha đẻ, mẹ đẻ chết
          tăng ca => làm thêm giờ
          """);

  /** Words that form no member phrase in any order ("tặng ca" is not "tăng ca"). */
  private static final List<String> OTHER_WORDS =
      List.of("lương", "LƯƠNG", "ngày", "nghỉ", "mẹ", "BHXH", "NLĐ", "?", "…", "(", "tặng", "ca,");

  @Property
  void never_throws_on_any_text(@ForAll String text) {
    RULES.rewrite(text);
  }

  @Property
  void a_question_no_rule_matches_is_left_alone(@ForAll("ruleFree") String question) {
    assertThat(RULES.rewrite(question)).isEmpty();
  }

  @Property
  void a_rewrite_keeps_the_words_around_the_match_as_typed(
      @ForAll("ruleFree") String before, @ForAll("ruleFree") String after) {
    String question = before + " nghỉ phép " + after;

    assertThat(RULES.rewrite(question)).contains(before + " nghỉ hằng năm " + after);
  }

  @Provide
  Arbitrary<String> ruleFree() {
    return Arbitraries.of(OTHER_WORDS).list().ofMaxSize(8).map(words -> String.join(" ", words));
  }
}
