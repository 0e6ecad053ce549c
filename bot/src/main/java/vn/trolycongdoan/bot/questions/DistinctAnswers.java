package vn.trolycongdoan.bot.questions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.trolycongdoan.knowledge.answer.AnswerHit;

/**
 * The results of a question with each passage once: a result whose document, section, clause and
 * answer text are those of a better one is dropped, so that "Kết quả khác" never shows the same
 * passage twice.
 */
final class DistinctAnswers {

  private DistinctAnswers() {}

  /** The hits in their order, the first of each repeated passage kept. */
  static List<AnswerHit> of(List<AnswerHit> hits) {
    Map<Key, AnswerHit> distinct = new LinkedHashMap<>();
    for (AnswerHit hit : hits) {
      distinct.putIfAbsent(Key.of(hit), hit);
    }
    return List.copyOf(distinct.values());
  }

  /** What makes two results the same passage for a member. */
  private record Key(String docId, String section, String clause, String answer) {

    static Key of(AnswerHit hit) {
      return new Key(
          hit.docId(),
          Objects.requireNonNullElse(hit.section(), "").strip(),
          Objects.requireNonNullElse(hit.clause(), "").strip(),
          hit.answer().strip());
    }
  }
}
