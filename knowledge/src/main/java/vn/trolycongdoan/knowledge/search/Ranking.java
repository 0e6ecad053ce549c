package vn.trolycongdoan.knowledge.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How candidates are ordered: a log-linear score of their {@link Features} and of how concentrated
 * the question's words are in the answer picked from them. The weights are trained on the project's
 * own member questions (see the README, "How the ranking is trained") and shipped as {@code
 * ranking.properties} beside this class.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ranking {

  /** The weight names, in the order of {@link #weights()}. */
  public static final String[] NAMES = {
    "bm25",
    "words",
    "bigrams",
    "articleWords",
    "articleBigrams",
    "missing",
    "headings",
    "specialCase",
    "asked",
    "otherYear",
    "refers",
    "lengthFit",
    "figureFit",
    "concentration",
    "memberQuestions",
    "memberWords",
    "memberKhoan",
    "unwritten"
  };

  private static final double FLOOR = 0.01;

  private final Weights w;

  private Ranking(Weights weights) {
    this.w = weights;
  }

  /**
   * @throws IllegalArgumentException unless there is one weight per name
   */
  public static Ranking of(double... weights) {
    return new Ranking(Weights.of(NAMES, weights));
  }

  /** The shipped weights. */
  public static Ranking trained() {
    return new Ranking(Weights.load(Ranking.class, "ranking.properties", NAMES));
  }

  public double[] weights() {
    return w.values();
  }

  /** The weights by name, in order. */
  public Map<String, Double> named() {
    return w.named();
  }

  /**
   * The inputs of the score, in the order of {@link #NAMES}: the logarithm of the scores and
   * shares, the others as they are, 1 or 0 for the flags.
   *
   * @param lengthFit 1 when a range of the passage holds a length of time the question states, -1
   *     when its ranges hold none, 0 otherwise ({@link
   *     vn.trolycongdoan.knowledge.analysis.Quantities})
   * @param figureFit 1 when the passage states a figure of the kind the question asks for ("bao
   *     nhiêu phần trăm", "mấy ngày"), -1 when it states none of that kind, 0 when the question
   *     asks for none ({@link vn.trolycongdoan.knowledge.analysis.Figures})
   */
  public static double[] inputs(
      Features f, double concentration, double lengthFit, double figureFit) {
    return new double[] {
      Math.log(Math.max(f.bm25(), FLOOR)),
      Math.log(Math.max(f.words(), FLOOR)),
      Math.log(Math.max(f.bigrams(), FLOOR)),
      Math.log(Math.max(f.articleWords(), FLOOR)),
      Math.log(Math.max(f.articleBigrams(), FLOOR)),
      f.missing(),
      f.headings(),
      f.specialCase() ? 1 : 0,
      f.asked() ? 1 : 0,
      f.otherYear() ? 1 : 0,
      f.refers() ? 1 : 0,
      lengthFit,
      figureFit,
      Math.log(Math.max(concentration, FLOOR)),
      f.memberQuestions(),
      f.memberWords(),
      f.memberKhoan(),
      f.unwritten() ? 1 : 0
    };
  }

  /** The score before an answer is picked: everything but the answer and the two fits. */
  public double prior(Features f) {
    return score(f, 1, 0, 0);
  }

  /**
   * {@code candidates} best prior first; equal priors keep their order. Each prior is worked out
   * once, not at every comparison of the sort.
   */
  public List<Candidate> byPrior(List<Candidate> candidates) {
    record Keyed(Candidate candidate, double prior) {}
    return candidates.stream()
        .map(c -> new Keyed(c, prior(c.features())))
        .sorted(Comparator.comparingDouble(Keyed::prior).reversed())
        .map(Keyed::candidate)
        .toList();
  }

  /**
   * The final score, with the concentration (0 to 1) of the question's words in the answer and the
   * length and figure fits (as in {@link #inputs}).
   */
  public double score(Features f, double concentration, double lengthFit, double figureFit) {
    return w.dot(inputs(f, concentration, lengthFit, figureFit), 0);
  }
}
