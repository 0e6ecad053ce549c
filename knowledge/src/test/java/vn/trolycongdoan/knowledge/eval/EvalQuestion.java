package vn.trolycongdoan.knowledge.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.answer.AnswerHit;

/**
 * One question of an evaluation set and what a right answer holds.
 *
 * @param id the row's id
 * @param group the document group it is reported under (a law's file name, or {@code plans})
 * @param docIds the documents whose passage may answer: one id, or an id prefix ending in {@code /}
 *     or {@code _}
 * @param article the article that answers ({@code Điều 139}), or empty when any section may
 * @param split {@code tune} or {@code measure}
 * @param question the question as a member types it
 * @param expect a phrase the answering passage contains, and a right short answer shows
 */
public record EvalQuestion(
    String id,
    String group,
    String docIds,
    String article,
    String split,
    String question,
    String expect) {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Whether {@code hit} is a passage that answers: right document, right article, the phrase. */
  public boolean answeredBy(AnswerHit hit) {
    return hit.docId().startsWith(docIds)
        && (article.isEmpty() || articleOf(hit.section()).equals(article))
        && squash(hit.text()).contains(squash(expect));
  }

  /** Whether the short answer of a passage that answers shows the phrase. */
  public boolean shownBy(AnswerHit hit) {
    return answeredBy(hit) && squash(hit.answer()).contains(squash(expect));
  }

  /** The 1-based rank of the first answering hit, or 0. */
  int rankIn(List<AnswerHit> hits) {
    for (int i = 0; i < hits.size(); i++) {
      if (answeredBy(hits.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  public EvalQuestion typed(String question) {
    return new EvalQuestion(id, group, docIds, article, split, question, expect);
  }

  private static String articleOf(String section) {
    String[] parts = section.split(" › ");
    return parts[parts.length - 1];
  }

  static String squash(String s) {
    return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
  }
}
