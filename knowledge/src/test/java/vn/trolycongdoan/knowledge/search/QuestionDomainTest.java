package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionDomainTest {

  @Test
  void reads_folded_syllables_and_their_neighbouring_pairs_once_each() {
    assertThat(QuestionDomain.features("Thuế thu nhập, thuế?"))
        .containsExactly("thue", "thue_thu", "thu", "thu_nhap", "nhap", "nhap_thue");
  }

  @Test
  void reads_a_question_typed_without_diacritics_as_the_same() {
    assertThat(QuestionDomain.features("nghi thai san bao lau"))
        .isEqualTo(QuestionDomain.features("Nghỉ thai sản bao lâu"));
  }

  @Test
  void scores_the_bias_plus_the_weights_of_the_features_it_holds() {
    QuestionDomain model = QuestionDomain.of(0.5, Map.of("thue", -2.0, "thai_san", 1.5));

    assertThat(model.score("Thuế đất")).isEqualTo(-1.5);
    assertThat(model.score("nghỉ thai sản")).isEqualTo(2.0);
    assertThat(model.score("thời tiết")).isEqualTo(0.5);
  }

  @Test
  void shipped_model_scores_a_labour_question_above_an_off_topic_one() {
    QuestionDomain shipped = QuestionDomain.trained();

    assertThat(shipped.score("Lao động nữ được nghỉ thai sản bao lâu?")).isPositive();
    assertThat(shipped.score("Lương bao nhiêu thì phải đóng thuế thu nhập cá nhân?"))
        .isLessThan(shipped.score("Lao động nữ được nghỉ thai sản bao lâu?"));
  }
}
