package vn.trolycongdoan.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerHitTest {

  @Test
  void keeps_its_own_unmodifiable_copy_of_the_highlights() {
    List<AnswerHit.Span> spans = new ArrayList<>(List.of(new AnswerHit.Span(0, 4)));
    AnswerHit hit = hit(spans);
    spans.add(new AnswerHit.Span(5, 9));

    assertThat(hit.highlights()).containsExactly(new AnswerHit.Span(0, 4));
    assertThatThrownBy(() -> hit.highlights().add(new AnswerHit.Span(5, 9)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refuses_missing_highlights() {
    assertThatThrownBy(() -> hit(null)).isInstanceOf(NullPointerException.class);
  }

  static AnswerHit hit(List<AnswerHit.Span> highlights) {
    return new AnswerHit(
        "luat.txt",
        "laws/luat",
        "Luật mẫu",
        null,
        null,
        "Điều 1",
        "khoản 1",
        "Điều 1. Nghỉ thai sản",
        "1. Lao động nữ được nghỉ thai sản 06 tháng.",
        "Lao động nữ được nghỉ thai sản 06 tháng.",
        highlights,
        1.5);
  }
}
