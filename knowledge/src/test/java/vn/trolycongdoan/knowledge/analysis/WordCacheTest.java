package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class WordCacheTest {

  private final WordCache cache = new WordCache();
  private final List<String> computed = new ArrayList<>();
  private final UnaryOperator<String> upper =
      s -> {
        computed.add(s);
        return s.toUpperCase();
      };

  @Test
  void a_word_is_computed_once() {
    assertThat(cache.get("nghỉ", upper)).isEqualTo("NGHỈ");
    assertThat(cache.get("nghỉ", upper)).isEqualTo("NGHỈ");

    assertThat(computed).containsExactly("nghỉ");
  }

  @Test
  void a_question_asked_again_right_away_is_computed_once() {
    String question = "Lao động nữ được nghỉ thai sản bao lâu?";

    cache.get(question, upper);
    assertThat(cache.get(question, upper)).isEqualTo(question.toUpperCase());

    assertThat(computed).containsExactly(question);
  }

  @Test
  void many_questions_each_get_their_own_result() {
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 500; i++) {
        String question = "câu hỏi số " + i + " về nghỉ phép năm";
        assertThat(cache.get(question, upper)).isEqualTo(question.toUpperCase());
      }
    }
  }

  @Test
  void a_long_text_is_computed_every_time() {
    String text = "nghỉ phép năm ".repeat(200);

    cache.get(text, upper);
    cache.get(text, upper);

    assertThat(computed).hasSize(2);
  }
}
