package vn.trolycongdoan.bot.questions.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarQuestionsTest {

  private static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  private static MissedQuestion asked(long id, String text, int minutesLater) {
    return new MissedQuestion(id, text, T.plusSeconds(60L * minutesLater), false, 0);
  }

  private static final List<MissedQuestion> ASKED =
      List.of(
          asked(1, "Mức đóng đoàn phí là bao nhiêu?", 0),
          asked(2, "Đoàn phí đóng bao nhiêu ạ", 5),
          asked(3, "Phụ cấp trách nhiệm cán bộ công đoàn", 10),
          asked(4, "muc dong doan phi", 15),
          asked(5, "Cho em hỏi mức phụ cấp trách nhiệm của cán bộ công đoàn là bao nhiêu?", 20),
          asked(6, "Nghỉ thai sản được mấy tháng?", 25));

  @Test
  void questions_worded_alike_share_a_group_most_asked_first() {
    List<QuestionGroup> groups = SimilarQuestions.group(ASKED);

    assertThat(groups)
        .extracting(group -> group.questions().stream().map(MissedQuestion::id).toList())
        .containsExactly(List.of(4L, 2L, 1L), List.of(5L, 3L), List.of(6L));
    assertThat(groups.get(0).first().text()).isEqualTo("muc dong doan phi");
    assertThat(groups.get(0).lastAskedAt()).isEqualTo(T.plusSeconds(15 * 60));
  }

  @Test
  void the_groups_do_not_depend_on_the_order_the_questions_come_in() {
    List<MissedQuestion> shuffled = new ArrayList<>(ASKED);
    Collections.shuffle(shuffled, new Random(11));

    assertThat(SimilarQuestions.group(shuffled)).isEqualTo(SimilarQuestions.group(ASKED));
  }

  @Test
  void groups_asked_as_often_come_most_recent_first() {
    List<QuestionGroup> groups =
        SimilarQuestions.group(
            List.of(asked(1, "Thủ tục kết nạp đoàn viên", 0), asked(2, "Lương tối thiểu vùng", 9)));

    assertThat(groups).extracting(group -> group.first().id()).containsExactly(2L, 1L);
  }

  @Test
  void a_group_counts_its_unanswered_and_disliked_questions() {
    QuestionGroup group =
        SimilarQuestions.group(
                List.of(
                    new MissedQuestion(1, "Đoàn phí bao nhiêu", T, false, 0),
                    new MissedQuestion(2, "Đoàn phí bao nhiêu?", T.plusSeconds(1), true, 2),
                    new MissedQuestion(3, "đoàn phí", T.plusSeconds(2), false, 1)))
            .get(0);

    assertThat(group.count()).isEqualTo(3);
    assertThat(group.unanswered()).isEqualTo(2);
    assertThat(group.disliked()).isEqualTo(2);
  }

  @Test
  void no_questions_make_no_groups() {
    assertThat(SimilarQuestions.group(List.of())).isEmpty();
  }
}
