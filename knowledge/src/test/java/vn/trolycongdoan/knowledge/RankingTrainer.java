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
import vn.trolycongdoan.knowledge.search.Confidence;
import vn.trolycongdoan.knowledge.search.Features;
import vn.trolycongdoan.knowledge.search.Ranking;

/**
 * Trains the ranking weights on the {@code tune} part of the member questions, as asked and without
 * diacritics, and writes them to {@code ranking.properties}. Deterministic: coordinate ascent from
 * the shipped weights over a fixed grid, maximising hit@1 plus half answer@1. The {@code measure}
 * part is only reported, never trained on. See the README, "How the ranking is trained".
 *
 * <p>Usage: {@code RankingTrainer INDEX_DIR RANKING_PROPERTIES CONFIDENCE_PROPERTIES}.
 */
public final class RankingTrainer {

  private static final double[] STEPS = {-1.0, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1.0};
  private static final int ROUNDS = 6;

  private RankingTrainer() {}

  /** One candidate as the trainer sees it. */
  private record Row(
      Features features,
      double concentration,
      double lengthFit,
      double share,
      boolean hit,
      boolean shown) {}

  public static void main(String[] args) throws Exception {
    Path indexDir = Path.of(args[0]);
    try (KnowledgeBase knowledge = TestCorpus.openIndexedAt(indexDir)) {
      List<List<Row>> tune = rows(knowledge, "tune");
      List<List<Row>> measure = rows(knowledge, "measure");
      System.out.printf(
          Locale.ROOT,
          "answer among the candidates: tune %.3f, measure %.3f%n",
          recall(tune),
          recall(measure));
      double[] w = Ranking.trained().weights();
      report("shipped", w, tune, measure);
      double[] pairwise = pairwise(tune);
      report("pairwise", pairwise, tune, measure);
      if (objective(pairwise, tune) > objective(w, tune)) {
        w = pairwise;
      }
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
      Ranking ranking = Ranking.of(w);
      write(Path.of(args[1]), ranking.named(), "Ranking");
      Confidence confidence = fitConfidence(knowledge, ranking, tune, "tune");
      System.out.println("confidence " + confidence.named());
      for (double minimum : new double[] {0.5, 0.4, 0.3, 0.2, 0.1, 0.0}) {
        reportConfidence(knowledge, ranking, confidence, tune, "tune", minimum);
        reportConfidence(knowledge, ranking, confidence, measure, "measure", minimum);
      }
      write(Path.of(args[2]), confidence.named(), "Confidence");
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
                  a.lengthFit(),
                  a.extract().share(),
                  question.answeredBy(a.hit()),
                  question.shownBy(a.hit())));
        }
        questions.add(rows);
      }
    }
    return questions;
  }

  /**
   * Fits the confidence model: logistic regression of "the best answer is right" on the best
   * candidates of the tune questions (right or wrong) and of the tune unanswerable questions
   * (wrong), then moves its bias so that confidence 0.5 answers at most {@link #MAX_UNANSWERABLE}
   * of the unanswerable tune questions.
   */
  private static Confidence fitConfidence(
      KnowledgeBase knowledge, Ranking ranking, List<List<Row>> tune, String split) {
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (List<Row> rows : tune) {
      Row top = top(ranking, rows);
      if (top != null) {
        x.add(Confidence.inputs(top.features(), top.concentration(), top.share()));
        y.add(top.hit() ? 1 : 0);
      }
    }
    List<double[]> unanswerable = unanswerableTops(knowledge, ranking, split);
    for (double[] inputs : unanswerable) {
      x.add(inputs);
      y.add(0);
    }
    // Inputs are standardised for the descent, and the weights brought back to raw inputs after.
    int n = Confidence.NAMES.length - 1;
    double[] mean = new double[n];
    double[] sd = new double[n];
    for (double[] inputs : x) {
      for (int j = 0; j < n; j++) {
        mean[j] += inputs[j] / x.size();
      }
    }
    for (double[] inputs : x) {
      for (int j = 0; j < n; j++) {
        sd[j] += Math.pow(inputs[j] - mean[j], 2) / x.size();
      }
    }
    for (int j = 0; j < n; j++) {
      sd[j] = Math.max(Math.sqrt(sd[j]), 1e-6);
    }
    List<double[]> standard = new ArrayList<>();
    for (double[] inputs : x) {
      double[] z = new double[n];
      for (int j = 0; j < n; j++) {
        z[j] = (inputs[j] - mean[j]) / sd[j];
      }
      standard.add(z);
    }
    double[] v = new double[n + 1];
    for (int step = 0; step < 5_000; step++) {
      double[] gradient = new double[v.length];
      for (int i = 0; i < standard.size(); i++) {
        double error = sigmoid(z(v, standard.get(i))) - y.get(i);
        gradient[0] += error;
        for (int j = 0; j < n; j++) {
          gradient[j + 1] += error * standard.get(i)[j];
        }
      }
      for (int j = 0; j < v.length; j++) {
        v[j] -= 0.5 * (gradient[j] / standard.size() + (j == 0 ? 0 : 0.01 * v[j]));
      }
    }
    double[] w = new double[n + 1];
    w[0] = v[0];
    for (int j = 0; j < n; j++) {
      w[j + 1] = v[j + 1] / sd[j];
      w[0] -= v[j + 1] * mean[j] / sd[j];
    }
    printMeans("right", x, y, 1, 0, x.size() - unanswerable.size());
    printMeans("wrong", x, y, 0, 0, x.size() - unanswerable.size());
    printMeans("unanswerable", x, y, 0, x.size() - unanswerable.size(), x.size());
    double[] scores = unanswerable.stream().mapToDouble(inputs -> z(w, inputs)).sorted().toArray();
    int allowed = (int) Math.floor(MAX_UNANSWERABLE * scores.length);
    double cut = scores[scores.length - 1 - allowed] + 1e-6;
    w[0] -= cut;
    return Confidence.of(w);
  }

  private static final double MAX_UNANSWERABLE = 0.005;

  private static void printMeans(
      String label, List<double[]> x, List<Integer> y, int wanted, int from, int to) {
    double[] sum = new double[x.get(0).length];
    int count = 0;
    for (int i = from; i < to; i++) {
      if (y.get(i) == wanted) {
        for (int j = 0; j < sum.length; j++) {
          sum[j] += x.get(i)[j];
        }
        count++;
      }
    }
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-13s %4d", label, count));
    for (int j = 0; j < sum.length; j++) {
      line.append(String.format(Locale.ROOT, " %s=%.2f", Confidence.NAMES[j + 1], sum[j] / count));
    }
    System.out.println(line);
  }

  private static List<double[]> unanswerableTops(
      KnowledgeBase knowledge, Ranking ranking, String split) {
    List<double[]> tops = new ArrayList<>();
    for (String question : QuestionSets.unanswerable(split)) {
      for (String typed : List.of(question, QuestionSets.stripDiacritics(question))) {
        knowledge.answerer().ranked(typed, Answerer.CANDIDATES).stream()
            .max(
                java.util.Comparator.comparingDouble(
                    a ->
                        ranking.score(
                            a.candidate().features(), a.extract().concentration(), a.lengthFit())))
            .ifPresent(
                a ->
                    tops.add(
                        Confidence.inputs(
                            a.candidate().features(),
                            a.extract().concentration(),
                            a.extract().share())));
      }
    }
    return tops;
  }

  /** Right answers at 1 among all, and unanswerable questions answered, with the confidence. */
  private static void reportConfidence(
      KnowledgeBase knowledge,
      Ranking ranking,
      Confidence confidence,
      List<List<Row>> questions,
      String split,
      double minimum) {
    long right = 0;
    for (List<Row> rows : questions) {
      Row top = top(ranking, rows);
      right +=
          top != null
                  && top.hit()
                  && confidence.of(top.features(), top.concentration(), top.share()) >= minimum
              ? 1
              : 0;
    }
    List<double[]> unanswerable = unanswerableTops(knowledge, ranking, split);
    long answered =
        unanswerable.stream()
            .filter(inputs -> sigmoid(z(confidence.weights(), inputs)) >= minimum)
            .count();
    System.out.printf(
        Locale.ROOT,
        "minimum confidence %.1f, %-7s: hit@1 %.3f of %d, unanswerable answered %d of %d%n",
        minimum,
        split,
        right / (double) questions.size(),
        questions.size(),
        answered,
        unanswerable.size());
  }

  private static double z(double[] w, double[] inputs) {
    double z = w[0];
    for (int j = 0; j < inputs.length; j++) {
      z += w[j + 1] * inputs[j];
    }
    return z;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static Row top(Ranking ranking, List<Row> rows) {
    Row top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (Row row : rows) {
      double score = ranking.score(row.features(), row.concentration(), row.lengthFit());
      if (score > topScore) {
        topScore = score;
        top = row;
      }
    }
    return top;
  }

  /**
   * Pairwise logistic regression (as RankNet with a linear model): for every question, every pair
   * of a right and a wrong candidate should score the right one higher. The asked-for role is kept
   * at its shipped weight: too few tune questions ask for a signature or a date to learn it.
   */
  private static double[] pairwise(List<List<Row>> questions) {
    int n = Ranking.NAMES.length;
    int asked = List.of(Ranking.NAMES).indexOf("asked");
    List<double[]> differences = new ArrayList<>();
    for (List<Row> rows : questions) {
      for (Row right : rows) {
        if (!right.hit()) {
          continue;
        }
        double[] a = Ranking.inputs(right.features(), right.concentration(), right.lengthFit());
        for (Row wrong : rows) {
          if (!wrong.hit()) {
            double[] b = Ranking.inputs(wrong.features(), wrong.concentration(), wrong.lengthFit());
            double[] d = new double[n];
            for (int j = 0; j < n; j++) {
              d[j] = a[j] - b[j];
            }
            differences.add(d);
          }
        }
      }
    }
    double[] w = Ranking.trained().weights();
    for (int step = 0; step < 2_000; step++) {
      double[] gradient = new double[n];
      for (double[] d : differences) {
        double margin = 0;
        for (int j = 0; j < n; j++) {
          margin += w[j] * d[j];
        }
        double error = -1 / (1 + Math.exp(margin));
        for (int j = 0; j < n; j++) {
          gradient[j] += error * d[j];
        }
      }
      for (int j = 0; j < n; j++) {
        if (j != asked) {
          w[j] -= 0.2 * (gradient[j] / differences.size() + 0.01 * w[j]);
        }
      }
    }
    return w;
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

  private static void write(Path file, Map<String, Double> weights, String model) throws Exception {
    StringBuilder text =
        new StringBuilder(
            "# "
                + model
                + " weights (see "
                + model
                + ".java), trained by RankingTrainer on the tune part of\n"
                + "# the member questions; see the README, \"How the ranking is trained\".\n");
    for (Map.Entry<String, Double> weight : weights.entrySet()) {
      text.append(String.format(Locale.ROOT, "%s=%.3f%n", weight.getKey(), weight.getValue()));
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
