package vn.trolycongdoan.knowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.trolycongdoan.knowledge.ConfidenceTrainer.Row;
import vn.trolycongdoan.knowledge.ConfidenceTrainer.Top;
import vn.trolycongdoan.knowledge.eval.EvalQuestion;
import vn.trolycongdoan.knowledge.eval.QuestionSets;
import vn.trolycongdoan.knowledge.search.Confidence;
import vn.trolycongdoan.knowledge.search.Features;
import vn.trolycongdoan.knowledge.search.QuestionDomain;
import vn.trolycongdoan.knowledge.search.Ranking;

/**
 * Trains the ranking weights on the {@code tune} part of the member questions, as asked and without
 * diacritics, and writes them to {@code ranking.properties}. Deterministic: a pairwise logistic
 * fit, then as many rounds of coordinate ascent over a fixed grid (maximising hit@1 plus half
 * answer@1) as do best by five-fold cross-validation within {@code tune}. The {@code measure} part
 * is only reported, never trained on. See the README, "How the ranking is trained".
 *
 * <p>Then refits the confidence model ({@link ConfidenceTrainer}) and prints the trade-off of the
 * shipped and the refit model; the refit is written only when a third path is given (see the README
 * for why the shipped one is kept).
 *
 * <p>Usage: {@code RankingTrainer INDEX_DIR RANKING_PROPERTIES [CONFIDENCE_PROPERTIES]}.
 */
public final class RankingTrainer {

  private static final double[] STEPS = {-1.0, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1.0};
  private static final int ROUNDS = 6;
  private static final int FOLDS = 5;

  /**
   * The direction each weight must keep (1: not below 0, -1: not above 0, 0: either), in the order
   * of {@link Ranking#NAMES}: what a feature means says which way it may move a passage (holding
   * more of the question, a fitting range or the member questions' words never lowers it; naming a
   * special case, another year or another law's rule never raises it), so that the grid cannot fit
   * a handful of tune questions by turning one round.
   */
  private static final int[] SIGNS = signs();

  private RankingTrainer() {}

  public static void main(String[] args) throws Exception {
    Path indexDir = Path.of(args[0]);
    try (KnowledgeBase knowledge = TestCorpus.openIndexedAt(indexDir)) {
      Map<String, Double> crossFitted = QuestionDomainTrainer.crossFitted();
      QuestionDomain shipped = QuestionDomain.trained();
      Function<String, Double> tuneDomain = crossFitted::get;
      Function<String, Double> measureDomain = shipped::score;
      List<List<Row>> tune = rows(knowledge, "tune", tuneDomain);
      List<List<Row>> measure = rows(knowledge, "measure", measureDomain);
      System.out.printf(
          Locale.ROOT,
          "answer among the candidates: tune %.3f, measure %.3f%n",
          recall(tune),
          recall(measure));
      report("shipped", Ranking.trained().weights(), tune, measure);
      int rounds = crossValidatedRounds(tune);
      double[] w = signed(pairwise(tune));
      report("pairwise", w, tune, measure);
      for (int round = 0; round < rounds; round++) {
        w = ascend(w, tune);
        report("round " + (round + 1), w, tune, measure);
      }
      Ranking ranking = Ranking.of(w);
      write(Path.of(args[1]), ranking.named(), "Ranking");
      List<Top> tuneTops = tops(ranking, tune);
      List<Top> measureTops = tops(ranking, measure);
      List<Top> tuneUnanswerable = tops(ranking, unanswerable(knowledge, "tune", tuneDomain));
      List<Top> measureUnanswerable =
          tops(ranking, unanswerable(knowledge, "measure", measureDomain));
      ConfidenceTrainer.printMeans(
          "right", tuneTops.stream().filter(top -> top.row().hit()).toList());
      ConfidenceTrainer.printMeans(
          "wrong", tuneTops.stream().filter(top -> !top.row().hit()).toList());
      ConfidenceTrainer.printMeans("unanswerable", tuneUnanswerable);
      Confidence confidence = ConfidenceTrainer.fit(tuneTops, tuneUnanswerable);
      System.out.println("confidence " + confidence.named());
      for (double minimum : new double[] {0.5, 0.4, 0.3, 0.2, 0.1, 0.0}) {
        for (Confidence model : List.of(Confidence.trained(), confidence)) {
          String label = model == confidence ? ", refit" : ", shipped";
          reportConfidence(model, tuneTops, tuneUnanswerable, "tune" + label, minimum);
          reportConfidence(model, measureTops, measureUnanswerable, "measure" + label, minimum);
        }
      }
      if (args.length > 2) {
        write(Path.of(args[2]), confidence.named(), "Confidence");
      }
    }
  }

  private static int[] signs() {
    Map<String, Integer> signs =
        Map.ofEntries(
            Map.entry("words", 1),
            Map.entry("bigrams", 1),
            Map.entry("articleWords", 1),
            Map.entry("articleBigrams", 1),
            Map.entry("headings", 1),
            Map.entry("specialCase", -1),
            Map.entry("asked", 1),
            Map.entry("otherYear", -1),
            Map.entry("refers", -1),
            Map.entry("lengthFit", 1),
            Map.entry("figureFit", 1),
            Map.entry("concentration", 1),
            Map.entry("memberQuestions", 1),
            Map.entry("memberWords", 1),
            Map.entry("memberKhoan", 1));
    int[] sign = new int[Ranking.NAMES.length];
    for (int i = 0; i < sign.length; i++) {
      sign[i] = signs.getOrDefault(Ranking.NAMES[i], 0);
    }
    return sign;
  }

  /** {@code w} with every weight that has the wrong sign for {@link #SIGNS} set to 0. */
  private static double[] signed(double[] w) {
    double[] kept = w.clone();
    for (int i = 0; i < kept.length; i++) {
      if (kept[i] * SIGNS[i] < 0) {
        kept[i] = 0;
      }
    }
    return kept;
  }

  /**
   * How many rounds of coordinate ascent after the pairwise fit do best on questions they were not
   * fitted on: five parts of {@code tune} (a question's two typings in one part), each measured
   * with weights fitted on the other four after 0 to {@link #ROUNDS} rounds; ties go to fewer
   * rounds.
   */
  private static int crossValidatedRounds(List<List<Row>> tune) {
    double[] heldOut = new double[ROUNDS + 1];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<List<Row>> fitted = new ArrayList<>();
      List<List<Row>> held = new ArrayList<>();
      for (int i = 0; i < tune.size(); i++) {
        (i / ConfidenceTrainer.GROUP % FOLDS == fold ? held : fitted).add(tune.get(i));
      }
      double[] w = signed(pairwise(fitted));
      heldOut[0] += objective(w, held);
      for (int round = 1; round <= ROUNDS; round++) {
        w = ascend(w, fitted);
        heldOut[round] += objective(w, held);
      }
    }
    int best = 0;
    for (int round = 0; round <= ROUNDS; round++) {
      System.out.printf(
          Locale.ROOT, "cross-validated, %d rounds of ascent: %.1f%n", round, heldOut[round]);
      if (heldOut[round] > heldOut[best] + 1e-9) {
        best = round;
      }
    }
    System.out.printf(Locale.ROOT, "rounds of ascent chosen: %d%n", best);
    return best;
  }

  /**
   * One round of coordinate ascent over a fixed grid: each weight in turn moved by the step that
   * raises the objective most on {@code questions}, if any does, never past 0 against its {@link
   * #SIGNS sign}.
   */
  private static double[] ascend(double[] start, List<List<Row>> questions) {
    double[] w = start.clone();
    double best = objective(w, questions);
    for (int i = 0; i < w.length; i++) {
      for (double step : STEPS) {
        double[] tried = w.clone();
        tried[i] += step;
        if (tried[i] * SIGNS[i] < 0) {
          continue;
        }
        double value = objective(tried, questions);
        if (value > best + 1e-9) {
          best = value;
          w = tried;
        }
      }
    }
    return w;
  }

  /**
   * The candidates of the member questions of one split, as asked and without diacritics, each with
   * its question's domain score by {@code domain} (of the question as asked).
   */
  private static List<List<Row>> rows(
      KnowledgeBase knowledge, String split, Function<String, Double> domain) {
    List<List<Row>> questions = new ArrayList<>();
    for (EvalQuestion asked : QuestionSets.members()) {
      if (!asked.split().equals(split)) {
        continue;
      }
      double questionDomain = domain.apply(asked.question());
      List<List<Answerer.Answered>> typings = new ArrayList<>();
      for (String typed :
          List.of(asked.question(), QuestionSets.stripDiacritics(asked.question()))) {
        typings.add(knowledge.answerer().ranked(typed, Answerer.CANDIDATES));
      }
      List<Boolean> augmented = split.equals("tune") ? List.of(false, true) : List.of(false);
      for (boolean withoutPlanQuestions : augmented) {
        for (int t = 0; t < typings.size(); t++) {
          EvalQuestion question =
              asked.typed(
                  t == 0 ? asked.question() : QuestionSets.stripDiacritics(asked.question()));
          List<Row> rows = new ArrayList<>();
          for (Answerer.Answered a : typings.get(t)) {
            rows.add(
                row(
                    a,
                    withoutPlanQuestions,
                    question.answeredBy(a.hit()),
                    question.shownBy(a.hit()),
                    questionDomain));
          }
          questions.add(rows);
        }
      }
    }
    return questions;
  }

  /** One candidate's row: what was measured of it, whether it is right and shown, the domain. */
  private static Row row(
      Answerer.Answered a,
      boolean withoutPlanQuestions,
      boolean hit,
      boolean shown,
      double domain) {
    return new Row(
        features(a, withoutPlanQuestions),
        a.extract().concentration(),
        a.lengthFit(),
        a.figureFit(),
        a.extract().share(),
        a.certain(),
        hit,
        shown,
        domain);
  }

  /**
   * A candidate's features; {@code withoutPlanQuestions}: as if the plans had no member questions
   * (a document an operator adds has none), so that the weight of {@code unwritten} is learnt.
   */
  private static Features features(Answerer.Answered a, boolean withoutPlanQuestions) {
    Features f = a.candidate().features();
    if (!withoutPlanQuestions || !a.candidate().docId().startsWith("plans/")) {
      return f;
    }
    return new Features(
        f.bm25(),
        f.words(),
        f.bigrams(),
        f.articleWords(),
        f.articleBigrams(),
        f.missing(),
        f.headings(),
        f.specialCase(),
        f.asked(),
        f.otherYear(),
        f.refers(),
        0,
        0,
        0,
        true);
  }

  /** The candidates of the unanswerable questions of one split, as asked and without diacritics. */
  private static List<List<Row>> unanswerable(
      KnowledgeBase knowledge, String split, Function<String, Double> domain) {
    List<List<Row>> questions = new ArrayList<>();
    for (String question : QuestionSets.unanswerable(split)) {
      double questionDomain = domain.apply(question);
      List<List<Answerer.Answered>> typings = new ArrayList<>();
      for (String typed : List.of(question, QuestionSets.stripDiacritics(question))) {
        typings.add(knowledge.answerer().ranked(typed, Answerer.CANDIDATES));
      }
      List<Boolean> augmented = split.equals("tune") ? List.of(false, true) : List.of(false);
      for (boolean withoutPlanQuestions : augmented) {
        for (List<Answerer.Answered> typing : typings) {
          List<Row> rows = new ArrayList<>();
          for (Answerer.Answered a : typing) {
            rows.add(row(a, withoutPlanQuestions, false, false, questionDomain));
          }
          questions.add(rows);
        }
      }
    }
    return questions;
  }

  private static List<Top> tops(Ranking ranking, List<List<Row>> questions) {
    List<Top> tops = new ArrayList<>();
    for (List<Row> rows : questions) {
      Top top = ConfidenceTrainer.top(ranking, rows);
      if (top != null) {
        tops.add(top);
      }
    }
    return tops;
  }

  /** Right answers at 1 among all, and unanswerable questions answered, with the confidence. */
  private static void reportConfidence(
      Confidence confidence,
      List<Top> questions,
      List<Top> unanswerable,
      String split,
      double minimum) {
    System.out.printf(
        Locale.ROOT,
        "minimum confidence %.1f, %-16s: hit@1 %.3f of %d, unanswerable answered %d of %d%n",
        minimum,
        split,
        ConfidenceTrainer.rightShare(confidence, questions, minimum),
        questions.size(),
        ConfidenceTrainer.answered(confidence, unanswerable, minimum),
        unanswerable.size());
  }

  private static Row top(Ranking ranking, List<Row> rows) {
    Row top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (Row row : rows) {
      double score =
          ranking.score(row.features(), row.concentration(), row.lengthFit(), row.figureFit());
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
        double[] a =
            Ranking.inputs(
                right.features(), right.concentration(), right.lengthFit(), right.figureFit());
        for (Row wrong : rows) {
          if (!wrong.hit()) {
            double[] b =
                Ranking.inputs(
                    wrong.features(), wrong.concentration(), wrong.lengthFit(), wrong.figureFit());
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
