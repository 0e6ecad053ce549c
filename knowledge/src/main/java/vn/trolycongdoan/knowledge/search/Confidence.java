package vn.trolycongdoan.knowledge.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How likely a ranked answer is right, from its {@link Features} and the concentration of the
 * question's words in it: a logistic model trained on the project's own member questions (right and
 * wrong best answers) and on questions the documents do not answer, shipped as {@code
 * confidence.properties} beside this class. An answer is given only when its confidence reaches the
 * configured minimum (0.5 by default, the point the model was trained to put at "answers at most 2
 * % of the unanswerable questions").
 *
 * <p>Immutable and thread-safe.
 */
public final class Confidence {

  /** The weight names, in the order of {@link #weights()}. */
  public static final String[] NAMES = {
    "bias",
    "words",
    "bigrams",
    "articleWords",
    "articleBigrams",
    "missing",
    "headings",
    "specialCase",
    "concentration",
    "bm25",
    "score"
  };

  private final double[] w;

  private Confidence(double[] weights) {
    if (weights.length != NAMES.length) {
      throw new IllegalArgumentException("need " + NAMES.length + " weights");
    }
    this.w = weights.clone();
  }

  public static Confidence of(double... weights) {
    return new Confidence(weights);
  }

  /** The shipped model. */
  public static Confidence trained() {
    return new Confidence(Weights.load(Confidence.class, "confidence.properties", NAMES));
  }

  public double[] weights() {
    return w.clone();
  }

  public Map<String, Double> named() {
    Map<String, Double> named = new LinkedHashMap<>();
    for (int i = 0; i < NAMES.length; i++) {
      named.put(NAMES[i], w[i]);
    }
    return named;
  }

  /**
   * The inputs of the model, in the order of {@link #NAMES} after the bias; {@code score} is the
   * answer's {@link Ranking#score}.
   */
  public static double[] inputs(Features f, double concentration, double score) {
    return new double[] {
      f.words(),
      f.bigrams(),
      f.articleWords(),
      f.articleBigrams(),
      f.missing(),
      f.headings(),
      f.specialCase() ? 1 : 0,
      concentration,
      Math.log(Math.max(f.bm25(), 0.01)),
      score
    };
  }

  /** The probability (0 to 1) that an answer with these features is right. */
  public double of(Features f, double concentration, double score) {
    double[] x = inputs(f, concentration, score);
    double z = w[0];
    for (int i = 0; i < x.length; i++) {
      z += w[i + 1] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }
}
