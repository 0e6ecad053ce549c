package vn.trolycongdoan.bot.questions.review;

import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.store.Database;

/**
 * The Câu hỏi page's data: the questions of a period that found no answer or got a 👎, grouped by
 * similar wording ({@link SimilarQuestions}), and what was answered to each. Questions carry no
 * unit, so every staff account sees the whole organisation's. Thread-safe; database failures are
 * {@link vn.trolycongdoan.bot.store.StoreException}s.
 */
public final class QuestionReview {

  /** The most questions grouped at once, the newest; a busier period says it was cut. */
  static final int MAX_QUESTIONS = 5000;

  /**
   * The groups of a period.
   *
   * @param period the days
   * @param groups most asked first
   * @param questions how many questions were grouped
   * @param truncated whether older questions of the period were left out ({@link #MAX_QUESTIONS})
   */
  public record Review(
      ReviewPeriod period, List<QuestionGroup> groups, int questions, boolean truncated) {

    public Review {
      groups = List.copyOf(groups);
    }
  }

  private final SqliteMissedQuestions store;

  public QuestionReview(Database database) {
    this.store = new SqliteMissedQuestions(database);
  }

  public Review groups(ReviewPeriod period) {
    List<MissedQuestion> asked = store.asked(period.start(), period.end(), MAX_QUESTIONS + 1);
    boolean truncated = asked.size() > MAX_QUESTIONS;
    List<MissedQuestion> kept = truncated ? asked.subList(0, MAX_QUESTIONS) : asked;
    return new Review(period, SimilarQuestions.group(kept), kept.size(), truncated);
  }

  /** The question {@code id} with the answers shown for it; empty if there is none. */
  public Optional<ReviewedQuestion> question(long id) {
    return store.question(id).map(q -> new ReviewedQuestion(q, store.shown(id)));
  }
}
