package vn.trolycongdoan.knowledge.search;

import java.util.Map;

/**
 * How likely a ranked answer is right, from its {@link Features}, the concentration of the
 * question's words in it, the share of them it holds and how much the question looks like one the
 * documents answer ({@link QuestionDomain}): a logistic model trained on the project's own member
 * questions (right and wrong best answers) and on questions the documents do not answer, shipped as
 * {@code confidence.properties} beside this class. An answer is given only when its confidence
 * reaches the configured minimum (0.5 by default, the point the model was trained to put at
 * "answers at most 2 % of the unanswerable questions").
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
    "answerShare",
    "domain",
    "memberWords"
  };

  private final Weights w;

  private Confidence(Weights weights) {
    this.w = weights;
  }

  /**
   * @throws IllegalArgumentException unless there is one weight per name
   */
  public static Confidence of(double... weights) {
    return new Confidence(Weights.of(NAMES, weights));
  }

  /** The shipped model. */
  public static Confidence trained() {
    return new Confidence(Weights.load(Confidence.class, "confidence.properties", NAMES));
  }

  public double[] weights() {
    return w.values();
  }

  /** The weights by name, in order. */
  public Map<String, Double> named() {
    return w.named();
  }

  /**
   * The inputs of the model, in the order of {@link #NAMES} after the bias. Only shares and flags:
   * BM25 scores depend on the size of the corpus, so a model trained on them would not carry over
   * to an operator's own documents.
   *
   * @param domain the question's {@link QuestionDomain#score log-odds} of being one the documents
   *     answer
   */
  public static double[] inputs(
      Features f, double concentration, double answerShare, double domain) {
    return new double[] {
      f.words(),
      f.bigrams(),
      f.articleWords(),
      f.articleBigrams(),
      f.missing(),
      f.headings(),
      f.specialCase() ? 1 : 0,
      concentration,
      answerShare,
      domain,
      f.memberWords()
    };
  }

  /** The probability (0 to 1) that an answer with these features is right. */
  public double of(Features f, double concentration, double answerShare, double domain) {
    double z = w.get(0) + w.dot(inputs(f, concentration, answerShare, domain), 1);
    return 1 / (1 + Math.exp(-z));
  }
}
