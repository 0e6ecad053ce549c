package vn.trolycongdoan.bot.questions.review;

import java.time.Instant;
import java.util.List;

/**
 * Questions worded alike, newest first; the first names the group.
 *
 * @param questions at least one
 */
public record QuestionGroup(List<MissedQuestion> questions) {

  public QuestionGroup {
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("A question group needs a question");
    }
  }

  /** The newest question, whose wording the others resemble. */
  public MissedQuestion first() {
    return questions.get(0);
  }

  public int count() {
    return questions.size();
  }

  /** When one of them was last asked. */
  public Instant lastAskedAt() {
    return first().askedAt();
  }

  /** How many found no answer. */
  public int unanswered() {
    return (int) questions.stream().filter(q -> !q.found()).count();
  }

  /** How many had an answer that got a 👎. */
  public int disliked() {
    return (int) questions.stream().filter(q -> q.downVotes() > 0).count();
  }
}
