package vn.trolycongdoan.knowledge.answer;

import java.util.List;

/**
 * The answer to a question: hits best first, empty when nothing in the documents is relevant
 * enough.
 *
 * @param suggestion when {@code results} is empty, a Vietnamese hint on how to ask differently;
 *     otherwise null
 */
public record AskResult(String query, List<AnswerHit> results, String suggestion) {

  public AskResult {
    results = List.copyOf(results);
  }

  public boolean found() {
    return !results.isEmpty();
  }
}
