package vn.trolycongdoan.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.trolycongdoan.knowledge.search.Confidence;
import vn.trolycongdoan.knowledge.search.Features;
import vn.trolycongdoan.knowledge.search.Ranking;

/**
 * Fits the confidence model for {@link RankingTrainer}: a logistic regression of "the best answer
 * is right" on the best answers of the tune member questions and of the tune unanswerable
 * questions, the best answer chosen as {@link Answerer} does (the {@link Answerer#ANSWERED} best by
 * prior, ordered by score). Then its bias is moved so that confidence 0.5 answers a few of the
 * unanswerable tune questions ({@link #ALLOWED}); how many, and how much wrong answers weigh, are
 * chosen by cross-validation within the tune questions. Deterministic.
 */
final class ConfidenceTrainer {

  /**
   * How many of the unanswerable questions it is fitted on a model's cut may let through (beside
   * those certain answers let through), tried in turn: the cut is set by the few most answer-like
   * of them, so letting one or two through may answer as few held-out ones and more members.
   */
  static final int[] ALLOWED = {0, 1, 2, 3};

  /**
   * How much a wrong best answer to a question the documents answer counts against, beside a right
   * one (1) and an unanswerable question's (1). Refusing a wrong answer gains no hit@1 but keeps a
   * wrong article from being quoted; weighing it less lets the model learn what separates questions
   * the documents answer from those they do not.
   */
  static final double[] WRONG_WEIGHTS = {1.0, 0.5, 0.25, 0.1};

  /**
   * How much the question's domain log-odds ({@link
   * vn.trolycongdoan.knowledge.search.QuestionDomain}) adds to the model's, tried in turn: {@code
   * NaN} learns it with the other weights; a number keeps it out of the fit and adds it at that
   * weight. Fitted with the others, it learns to tell right from wrong best answers, which the
   * question's words alone cannot; added, it tells questions the documents answer from those they
   * do not, as it was trained to.
   */
  static final double[] DOMAIN_WEIGHTS = {Double.NaN, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0};

  private static final int DOMAIN = List.of(Confidence.NAMES).indexOf("domain");

  /** How many parts the tune questions are cut into to choose the above by cross-validation. */
  static final int FOLDS = 5;

  /**
   * How many consecutive rows of the tune lists are one question, kept in one part by the
   * cross-validation: as asked, without diacritics, and both again as if the plans had no member
   * questions ({@code RankingTrainer}).
   */
  static final int GROUP = 4;

  /**
   * The largest share of held-out unanswerable questions a choice may answer in cross-validation:
   * half the 2 % allowed, as a margin for questions never seen.
   */
  static final double MAX_HELD_OUT = 0.01;

  private ConfidenceTrainer() {}

  /** One candidate as the trainer sees it. */
  record Row(
      Features features,
      double concentration,
      double lengthFit,
      double figureFit,
      double share,
      boolean certain,
      boolean hit,
      boolean shown,
      double domain) {}

  /** The best answer of one question, its model inputs and whether it is right. */
  record Top(Row row, double[] inputs) {}

  /** The best answer of a question's candidates under {@code ranking}, as Answerer picks it. */
  static Top top(Ranking ranking, List<Row> rows) {
    List<Row> answered =
        rows.stream()
            .sorted(Comparator.comparingDouble((Row r) -> ranking.prior(r.features())).reversed())
            .limit(Answerer.ANSWERED)
            .sorted(Comparator.comparingDouble((Row r) -> score(ranking, r)).reversed())
            .toList();
    if (answered.isEmpty()) {
      return null;
    }
    Row best = answered.get(0);
    return new Top(
        best,
        Confidence.inputs(best.features(), best.concentration(), best.share(), best.domain()));
  }

  private static double score(Ranking ranking, Row row) {
    return ranking.score(row.features(), row.concentration(), row.lengthFit(), row.figureFit());
  }

  /**
   * The fitted model: the wrong answers' weight ({@link #WRONG_WEIGHTS}) and the unanswerable
   * questions let through ({@link #ALLOWED}) chosen by {@link #FOLDS}-fold cross-validation within
   * the tune questions (each part fitted on the others and measured on itself: most right best
   * answers with at most {@link #MAX_HELD_OUT} of its unanswerable questions answered), then fitted
   * on them all. A question's two typings stay in one part.
   */
  static Confidence fit(List<Top> members, List<Top> unanswerable) {
    double bestWeight = WRONG_WEIGHTS[0];
    int bestAllowed = 0;
    double bestDomain = DOMAIN_WEIGHTS[0];
    long bestRight = -1;
    for (double wrongWeight : WRONG_WEIGHTS) {
      for (boolean learnt : new boolean[] {true, false}) {
        double[][] fitted = new double[FOLDS][];
        for (int fold = 0; fold < FOLDS; fold++) {
          fitted[fold] =
              logistic(
                  part(members, fold, false), part(unanswerable, fold, false), wrongWeight, learnt);
        }
        for (double domainWeight : DOMAIN_WEIGHTS) {
          if (Double.isNaN(domainWeight) != learnt) {
            continue;
          }
          for (int allowed : ALLOWED) {
            long right = 0;
            long answered = 0;
            for (int fold = 0; fold < FOLDS; fold++) {
              Confidence model =
                  model(fitted[fold], part(unanswerable, fold, false), allowed, domainWeight);
              List<Top> heldOut = part(members, fold, true);
              right += Math.round(rightShare(model, heldOut, 0.5) * heldOut.size());
              answered += answered(model, part(unanswerable, fold, true), 0.5);
            }
            double share = answered / (double) unanswerable.size();
            System.out.printf(
                Locale.ROOT,
                "confidence, domain %.2f, wrong answers weighed %.2f, %d let through:"
                    + " cross-validated hit@1 %.3f, unanswerable %d of %d%n",
                domainWeight,
                wrongWeight,
                allowed,
                right / (double) members.size(),
                answered,
                unanswerable.size());
            if (share <= MAX_HELD_OUT && right > bestRight) {
              bestRight = right;
              bestWeight = wrongWeight;
              bestAllowed = allowed;
              bestDomain = domainWeight;
            }
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "confidence chosen: domain %.2f, wrong answers weighed %.2f, %d let through%n",
        bestDomain,
        bestWeight,
        bestAllowed);
    return model(
        logistic(members, unanswerable, bestWeight, Double.isNaN(bestDomain)),
        unanswerable,
        bestAllowed,
        bestDomain);
  }

  /** The tops of one part ({@code heldOut}) or of all the others. */
  private static List<Top> part(List<Top> tops, int fold, boolean heldOut) {
    List<Top> part = new ArrayList<>();
    for (int i = 0; i < tops.size(); i++) {
      if ((i / GROUP % FOLDS == fold) == heldOut) {
        part.add(tops.get(i));
      }
    }
    return part;
  }

  /**
   * The logistic weights fitted on the best answers, wrong ones weighed {@code wrongWeight}; the
   * domain's weight learnt with the others or, unless {@code learnt}, left out (0).
   */
  private static double[] logistic(
      List<Top> members, List<Top> unanswerable, double wrongWeight, boolean learnt) {
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<Double> weight = new ArrayList<>();
    for (Top top : members) {
      x.add(learnt ? top.inputs() : withoutDomain(top.inputs()));
      y.add(top.row().hit() ? 1 : 0);
      weight.add(top.row().hit() ? 1 : wrongWeight);
    }
    for (Top top : unanswerable) {
      x.add(learnt ? top.inputs() : withoutDomain(top.inputs()));
      y.add(0);
      weight.add(1.0);
    }
    return logistic(x, y, weight);
  }

  /**
   * The model of the {@code fitted} weights with the domain's at {@code domainWeight} (unless
   * {@code NaN}: learnt), cut so that it lets {@code allowed} of the unanswerable questions
   * through.
   */
  private static Confidence model(
      double[] fitted, List<Top> unanswerable, int allowed, double domainWeight) {
    double[] w = fitted.clone();
    if (!Double.isNaN(domainWeight)) {
      w[DOMAIN] = domainWeight;
    }
    return cut(w, unanswerable, allowed);
  }

  /** The inputs with the domain's left out of the fit (a constant column learns no weight). */
  private static double[] withoutDomain(double[] inputs) {
    double[] without = inputs.clone();
    without[DOMAIN - 1] = 0;
    return without;
  }

  /**
   * The model of {@code w} with its bias moved so that confidence 0.5 answers {@code allowed} of
   * the unanswerable questions that are not certain anyway.
   */
  private static Confidence cut(double[] weights, List<Top> unanswerable, int allowed) {
    double[] w = weights.clone();
    w[0] = 0;
    double[] scores =
        unanswerable.stream()
            .filter(top -> !top.row().certain())
            .mapToDouble(top -> z(w, top.inputs()))
            .sorted()
            .toArray();
    if (allowed < scores.length) {
      w[0] = -(scores[scores.length - 1 - allowed] + 1e-6);
    }
    return Confidence.of(w);
  }

  /** Weighted logistic regression on standardised inputs, weights brought back to raw inputs. */
  private static double[] logistic(List<double[]> x, List<Integer> y, List<Double> weight) {
    int n = x.get(0).length;
    double total = weight.stream().mapToDouble(Double::doubleValue).sum();
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
      double[] s = new double[n];
      for (int j = 0; j < n; j++) {
        s[j] = (inputs[j] - mean[j]) / sd[j];
      }
      standard.add(s);
    }
    double[] v = new double[n + 1];
    for (int step = 0; step < 5_000; step++) {
      double[] gradient = new double[v.length];
      for (int i = 0; i < standard.size(); i++) {
        double error = weight.get(i) * (sigmoid(z(v, standard.get(i))) - y.get(i));
        gradient[0] += error;
        for (int j = 0; j < n; j++) {
          gradient[j + 1] += error * standard.get(i)[j];
        }
      }
      for (int j = 0; j < v.length; j++) {
        v[j] -= 0.5 * (gradient[j] / total + (j == 0 ? 0 : 0.01 * v[j]));
      }
    }
    double[] w = new double[n + 1];
    w[0] = v[0];
    for (int j = 0; j < n; j++) {
      w[j + 1] = v[j + 1] / sd[j];
      w[0] -= v[j + 1] * mean[j] / sd[j];
    }
    return w;
  }

  /** The share of the questions whose best answer is right and given at {@code minimum}. */
  static double rightShare(Confidence confidence, List<Top> questions, double minimum) {
    return questions.stream()
            .filter(top -> top.row().hit() && given(confidence, top, minimum))
            .count()
        / (double) questions.size();
  }

  /** How many of the questions get an answer at {@code minimum}. */
  static long answered(Confidence confidence, List<Top> questions, double minimum) {
    return questions.stream().filter(top -> given(confidence, top, minimum)).count();
  }

  private static boolean given(Confidence confidence, Top top, double minimum) {
    return top.row().certain() || sigmoid(z(confidence.weights(), top.inputs())) >= minimum;
  }

  /** Mean inputs of the tops, printed to show what tells them apart. */
  static void printMeans(String label, List<Top> tops) {
    if (tops.isEmpty()) {
      return;
    }
    double[] sum = new double[tops.get(0).inputs().length];
    for (Top top : tops) {
      for (int j = 0; j < sum.length; j++) {
        sum[j] += top.inputs()[j];
      }
    }
    StringBuilder line =
        new StringBuilder(String.format(Locale.ROOT, "%-13s %4d", label, tops.size()));
    for (int j = 0; j < sum.length; j++) {
      line.append(
          String.format(Locale.ROOT, " %s=%.2f", Confidence.NAMES[j + 1], sum[j] / tops.size()));
    }
    System.out.println(line);
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
}
