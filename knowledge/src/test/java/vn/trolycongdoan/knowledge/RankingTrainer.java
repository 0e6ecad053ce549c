package vn.trolycongdoan.knowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.trolycongdoan.knowledge.eval.EvalQuestion;
import vn.trolycongdoan.knowledge.eval.QuestionSets;
import vn.trolycongdoan.knowledge.search.Features;
import vn.trolycongdoan.knowledge.search.Ranking;

/**
 * Trains the ranking weights on the {@code tune} part of the member questions, as asked and without
 * diacritics, and writes them to {@code ranking.properties}. Deterministic: coordinate ascent from
 * the shipped weights over a fixed grid, maximising hit@1 plus half answer@1. The {@code measure}
 * part is only reported, never trained on. See the README, "How the ranking is trained".
 *
 * <p>Usage: {@code RankingTrainer INDEX_DIR OUTPUT_PROPERTIES}.
 */
public final class RankingTrainer {

  private static final double[] STEPS = {-1.0, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1.0};
  private static final int ROUNDS = 6;

  private RankingTrainer() {}

  /** One candidate as the trainer sees it. */
  private record Row(Features features, double concentration, boolean hit, boolean shown) {}

  public static void main(String[] args) throws Exception {
    Path indexDir = Path.of(args[0]);
    Files.createDirectories(indexDir);
    try (KnowledgeBase knowledge =
        KnowledgeBase.open(
            new KnowledgeConfig(
                TestCorpus.corpusDir(),
                indexDir,
                TestCorpus.synonyms(),
                TestCorpus.paraphrases(),
                KnowledgeConfig.DEFAULT_MIN_RELEVANCE))) {
      knowledge.refresh(IndexProgress.NONE);
      List<List<Row>> tune = rows(knowledge, "tune");
      List<List<Row>> measure = rows(knowledge, "measure");
      System.out.printf(
          Locale.ROOT,
          "answer among the candidates: tune %.3f, measure %.3f%n",
          recall(tune),
          recall(measure));
      double[] w = Ranking.trained().weights();
      report("shipped", w, tune, measure);
      double best = objective(w, tune);
      for (int round = 0; round < ROUNDS; round++) {
        boolean improved = false;
        for (int i = 0; i < w.length; i++) {
          for (double step : STEPS) {
            double[] tried = w.clone();
            tried[i] += step;
            double value = objective(tried, tune);
            if (value > best + 1e-9) {
              best = value;
              w = tried;
              improved = true;
            }
          }
        }
        report("round " + (round + 1), w, tune, measure);
        if (!improved) {
          break;
        }
      }
      write(Path.of(args[1]), Ranking.of(w));
      refusals(knowledge, w, tune);
    }
  }

  private static List<List<Row>> rows(KnowledgeBase knowledge, String split) {
    List<List<Row>> questions = new ArrayList<>();
    for (EvalQuestion asked : QuestionSets.members()) {
      if (!asked.split().equals(split)) {
        continue;
      }
      for (String typed :
          List.of(asked.question(), QuestionSets.stripDiacritics(asked.question()))) {
        EvalQuestion question = asked.typed(typed);
        List<Row> rows = new ArrayList<>();
        for (Answerer.Answered a : knowledge.answerer().ranked(typed, Answerer.CANDIDATES)) {
          rows.add(
              new Row(
                  a.candidate().features(),
                  a.extract().concentration(),
                  question.answeredBy(a.hit()),
                  question.shownBy(a.hit())));
        }
        questions.add(rows);
      }
    }
    return questions;
  }

  /**
   * For each refusal threshold, the share of tune questions answered right at 1 and the share of
   * unanswerable questions answered at all: the threshold is picked from this table.
   */
  private static void refusals(KnowledgeBase knowledge, double[] w, List<List<Row>> tune) {
    Ranking ranking = Ranking.of(w);
    List<Double> unanswerableTop = new ArrayList<>();
    for (String question : QuestionSets.unanswerable()) {
      for (String typed : List.of(question, QuestionSets.stripDiacritics(question))) {
        List<Answerer.Answered> ranked = knowledge.answerer().ranked(typed, Answerer.CANDIDATES);
        unanswerableTop.add(
            ranked.stream()
                .max(
                    java.util.Comparator.comparingDouble(
                        a -> ranking.score(a.candidate().features(), a.extract().concentration())))
                .map(a -> a.candidate().features().words())
                .orElse(0.0));
      }
    }
    for (double threshold = 0.3; threshold < 0.91; threshold += 0.05) {
      double t = threshold;
      long right = 0;
      for (List<Row> rows : tune) {
        Row top = top(ranking, rows);
        right += top != null && top.hit() && top.features().words() >= t ? 1 : 0;
      }
      long wrongAnswered = unanswerableTop.stream().filter(c -> c >= t).count();
      System.out.printf(
          Locale.ROOT,
          "refuse below %.2f: tune hit@1 %.3f, unanswerable answered %.3f%n",
          t,
          right / (double) tune.size(),
          wrongAnswered / (double) unanswerableTop.size());
    }
  }

  private static Row top(Ranking ranking, List<Row> rows) {
    Row top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (Row row : rows) {
      double score = ranking.score(row.features(), row.concentration());
      if (score > topScore) {
        topScore = score;
        top = row;
      }
    }
    return top;
  }

  private static double recall(List<List<Row>> questions) {
    return questions.stream().filter(rows -> rows.stream().anyMatch(Row::hit)).count()
        / (double) questions.size();
  }

  private static double objective(double[] w, List<List<Row>> questions) {
    Ranking ranking = Ranking.of(w);
    double total = 0;
    for (List<Row> rows : questions) {
      Row top = top(ranking, rows);
      if (top != null) {
        total += (top.hit() ? 1 : 0) + (top.shown() ? 0.5 : 0);
      }
    }
    return total;
  }

  private static void report(
      String label, double[] w, List<List<Row>> tune, List<List<Row>> measure) {
    System.out.printf(
        Locale.ROOT,
        "%-8s tune %.1f / %d  measure %.1f / %d  %s%n",
        label,
        objective(w, tune),
        tune.size(),
        objective(w, measure),
        measure.size(),
        Ranking.of(w).named());
  }

  private static void write(Path file, Ranking ranking) throws Exception {
    StringBuilder text =
        new StringBuilder(
            "# Ranking weights (see Ranking.java), trained by RankingTrainer on the tune part of the\n"
                + "# member questions; see the README, \"How the ranking is trained\".\n");
    for (Map.Entry<String, Double> weight : ranking.named().entrySet()) {
      text.append(String.format(Locale.ROOT, "%s=%.3f%n", weight.getKey(), weight.getValue()));
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
