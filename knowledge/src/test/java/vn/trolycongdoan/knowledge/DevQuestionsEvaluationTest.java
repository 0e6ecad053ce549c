package vn.trolycongdoan.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.answer.AnswerHit;

/**
 * Runs the dev questions through the real index of the bundled corpus, as asked and with diacritics
 * stripped, and prints hit@1, hit@5 and MRR. A hit is a passage of the expected document that
 * contains the expected phrase.
 */
class DevQuestionsEvaluationTest {

  private static final double MIN_HIT_AT_1 = 0.90;

  @TempDir static Path dataDir;
  private static KnowledgeBase knowledge;

  @BeforeAll
  static void indexBundledCorpus() throws Exception {
    knowledge = TestCorpus.openIndexed(dataDir);
  }

  @AfterAll
  static void close() throws IOException {
    knowledge.close();
  }

  @Test
  void answers_dev_questions_as_asked() throws Exception {
    Score score = evaluate("as asked", UnaryOperator.identity());
    assertThat(score.hitAt1()).isGreaterThanOrEqualTo(MIN_HIT_AT_1);
  }

  @Test
  void answers_dev_questions_typed_without_diacritics() throws Exception {
    Score score = evaluate("no diacritics", DevQuestionsEvaluationTest::stripDiacritics);
    assertThat(score.hitAt1()).isGreaterThanOrEqualTo(MIN_HIT_AT_1);
  }

  @Test
  void finds_nothing_for_questions_the_documents_do_not_answer() throws Exception {
    List<String> questions = lines("/eval/off-topic-questions.txt");
    long answered = questions.stream().filter(q -> knowledge.ask(q, 5).found()).count();
    System.out.printf(
        Locale.ROOT,
        "[eval] off-topic: %d of %d answered (should be 0)%n",
        answered,
        questions.size());
    questions.stream()
        .filter(q -> knowledge.ask(q, 5).found())
        .forEach(
            q ->
                System.out.printf(
                    "[eval]   answered off-topic: %s -> %s%n",
                    q, knowledge.ask(q, 1).results().get(0).answer()));
    assertThat(answered).isZero();
  }

  private Score evaluate(String label, UnaryOperator<String> typing) throws Exception {
    List<String> rows = lines("/eval/dev-questions.tsv").stream().skip(1).toList();
    double reciprocalRanks = 0;
    int hitsAt1 = 0;
    int hitsAt5 = 0;
    int answersAt1 = 0;
    for (String row : rows) {
      String[] cols = row.split("\t");
      List<AnswerHit> results = knowledge.ask(typing.apply(cols[2]), 5).results();
      int rank = rankOf(results, cols[1], cols[3]);
      hitsAt1 += rank == 1 ? 1 : 0;
      hitsAt5 += rank >= 1 && rank <= 5 ? 1 : 0;
      reciprocalRanks += rank >= 1 ? 1.0 / rank : 0;
      answersAt1 += rank == 1 && squash(results.get(0).answer()).contains(squash(cols[3])) ? 1 : 0;
      if (rank != 1) {
        System.out.printf(
            "[eval] %s %s rank %d: %s -> %s%n",
            label,
            cols[0],
            rank,
            cols[2],
            results.isEmpty()
                ? "(nothing)"
                : results.get(0).section() + " | " + results.get(0).answer());
      }
    }
    Score score =
        new Score(
            hitsAt1 / (double) rows.size(),
            hitsAt5 / (double) rows.size(),
            reciprocalRanks / rows.size());
    System.out.printf(
        Locale.ROOT,
        "[eval] %s: %d questions, hit@1 %.3f, hit@5 %.3f, MRR %.3f, answer sentence@1 holds the phrase %.3f%n",
        label,
        rows.size(),
        score.hitAt1(),
        score.hitAt5(),
        score.mrr(),
        answersAt1 / (double) rows.size());
    return score;
  }

  /** 1-based rank of the first hit in the expected document containing the phrase, or 0. */
  private static int rankOf(List<AnswerHit> results, String doc, String phrase) {
    for (int i = 0; i < results.size(); i++) {
      AnswerHit hit = results.get(i);
      boolean rightDoc =
          doc.equals("law")
              ? hit.docId().startsWith("laws/")
              : hit.docId().startsWith("plans/" + doc + "_");
      if (rightDoc && squash(hit.text()).contains(squash(phrase))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String squash(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ");
  }

  static String stripDiacritics(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.replace('đ', 'd').replace('Đ', 'D');
  }

  private static List<String> lines(String resource) throws IOException, URISyntaxException {
    Path path = Path.of(DevQuestionsEvaluationTest.class.getResource(resource).toURI());
    return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .toList();
  }

  private record Score(double hitAt1, double hitAt5, double mrr) {}
}
