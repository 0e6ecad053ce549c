package vn.trolycongdoan.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AskResultTest {

  @Test
  void is_found_exactly_when_it_has_results() {
    assertThat(new AskResult("q", List.of(AnswerHitTest.hit(List.of())), null).found()).isTrue();
    assertThat(new AskResult("q", List.of(), "Bạn có thể hỏi lại ngắn gọn").found()).isFalse();
  }

  @Test
  void keeps_its_own_unmodifiable_copy_of_the_results() {
    List<AnswerHit> hits = new ArrayList<>();
    AskResult result = new AskResult("q", hits, "gợi ý");
    hits.add(AnswerHitTest.hit(List.of()));

    assertThat(result.results()).isEmpty();
    assertThat(result.found()).isFalse();
    assertThatThrownBy(() -> result.results().add(AnswerHitTest.hit(List.of())))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
