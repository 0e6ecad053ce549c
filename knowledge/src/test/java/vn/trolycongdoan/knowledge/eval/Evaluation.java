package vn.trolycongdoan.knowledge.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.answer.AnswerHit;

/**
 * Runs a question set through a knowledge base and scores it: hit@1 and hit@5 (a passage that
 * answers is first, or in the first five), MRR, and answer@1 (the first result's short answer shows
 * the expected phrase), over all and per document group.
 */
final class Evaluation {

  private static final int K = 5;

  private Evaluation() {}

  /** The figures of one set of questions. */
  record Score(int questions, int hitsAt1, int hitsAt5, double reciprocalRanks, int answersAt1) {

    static final Score NONE = new Score(0, 0, 0, 0, 0);

    double hitAt1() {
      return share(hitsAt1);
    }

    double answerAt1() {
      return share(answersAt1);
    }

    Score plus(Score other) {
      return new Score(
          questions + other.questions,
          hitsAt1 + other.hitsAt1,
          hitsAt5 + other.hitsAt5,
          reciprocalRanks + other.reciprocalRanks,
          answersAt1 + other.answersAt1);
    }

    String line(String label) {
      return String.format(
          Locale.ROOT,
          "%-42s %4d  hit@1 %.3f  hit@5 %.3f  MRR %.3f  answer@1 %.3f",
          label,
          questions,
          hitAt1(),
          share(hitsAt5),
          questions == 0 ? 0 : reciprocalRanks / questions,
          answerAt1());
    }

    private double share(int count) {
      return questions == 0 ? 0 : count / (double) questions;
    }
  }

  /** The scores of a run: all questions, and per group. */
  record Report(Score all, Map<String, Score> groups, List<String> misses) {

    void print(String label) {
      System.out.println("[eval] " + all.line(label));
      groups.forEach((group, score) -> System.out.println("[eval]   " + score.line(group)));
    }

    /** Writes the misses to {@code target/eval-misses-<label>.txt}, for tuning. */
    void writeMisses(String label) {
      try {
        Path file = Path.of("target", "eval-misses-" + label.replace(' ', '-') + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, misses, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static Report run(
      KnowledgeBase knowledge, List<EvalQuestion> questions, Function<String, String> typing) {
    Map<String, Score> groups = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (EvalQuestion asked : questions) {
      EvalQuestion question = asked.typed(typing.apply(asked.question()));
      List<AnswerHit> hits = knowledge.ask(question.question(), K).results();
      int rank = question.rankIn(hits);
      boolean shown = !hits.isEmpty() && question.shownBy(hits.get(0));
      Score score =
          new Score(
              1, rank == 1 ? 1 : 0, rank >= 1 ? 1 : 0, rank >= 1 ? 1.0 / rank : 0, shown ? 1 : 0);
      groups.merge(question.group(), score, Score::plus);
      if (!shown) {
        misses.add(miss(question, rank, hits));
      }
    }
    Score all = groups.values().stream().reduce(Score.NONE, Score::plus);
    return new Report(all, groups, misses);
  }

  private static String miss(EvalQuestion question, int rank, List<AnswerHit> hits) {
    String got =
        hits.isEmpty()
            ? "(nothing)"
            : hits.get(0).docId()
                + " "
                + hits.get(0).section()
                + " "
                + hits.get(0).clause()
                + " | "
                + hits.get(0).answer();
    return String.format(
        "%s %s rank %d: %s%n    want %s %s: %s%n    got  %s",
        question.id(),
        question.split(),
        rank,
        question.question(),
        question.docIds(),
        question.article(),
        question.expect(),
        got.length() > 300 ? got.substring(0, 300) + "…" : got);
  }
}
