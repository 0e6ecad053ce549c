package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

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
    "headings",
    "specialCase",
    "asked",
    "otherYear",
    "concentration"
  };

  private static final double FLOOR = 0.01;

  private final double[] w;

  private Ranking(double[] weights) {
    if (weights.length != NAMES.length) {
      throw new IllegalArgumentException("need " + NAMES.length + " weights");
    }
    this.w = weights.clone();
  }

  public static Ranking of(double... weights) {
    return new Ranking(weights);
  }

  /** The shipped weights. */
  public static Ranking trained() {
    try (InputStream in = Ranking.class.getResourceAsStream("ranking.properties")) {
      if (in == null) {
        throw new IllegalStateException("ranking.properties is missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      double[] weights = new double[NAMES.length];
      for (int i = 0; i < NAMES.length; i++) {
        String value = properties.getProperty(NAMES[i]);
        if (value == null) {
          throw new IllegalStateException("ranking.properties has no weight " + NAMES[i]);
        }
        weights[i] = Double.parseDouble(value);
      }
      return new Ranking(weights);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public double[] weights() {
    return w.clone();
  }

  /** The weights by name, in order. */
  public Map<String, Double> named() {
    Map<String, Double> named = new LinkedHashMap<>();
    for (int i = 0; i < NAMES.length; i++) {
      named.put(NAMES[i], w[i]);
    }
    return named;
  }

  /** The score before an answer is picked: everything but the concentration. */
  public double prior(Features f) {
    return w[0] * Math.log(Math.max(f.bm25(), FLOOR))
        + w[1] * Math.log(Math.max(f.words(), FLOOR))
        + w[2] * Math.log(Math.max(f.bigrams(), FLOOR))
        + w[3] * Math.log(Math.max(f.articleWords(), FLOOR))
        + w[4] * Math.log(Math.max(f.articleBigrams(), FLOOR))
        + w[5] * f.headings()
        + (f.specialCase() ? w[6] : 0)
        + (f.asked() ? w[7] : 0)
        + (f.otherYear() ? w[8] : 0);
  }

  /** The final score, with the concentration (0 to 1) of the question's words in the answer. */
  public double score(Features f, double concentration) {
    return prior(f) + w[9] * Math.log(Math.max(concentration, FLOOR));
  }
}
