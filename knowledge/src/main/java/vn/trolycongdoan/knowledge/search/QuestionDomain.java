package vn.trolycongdoan.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * How much a question, by its words alone, looks like one the documents answer: a logistic model
 * over its folded syllables and pairs of neighbouring syllables, trained on the project's member
 * questions and article titles (answered) against questions the documents do not answer (tax,
 * traffic, bank loans…), shipped as {@code question-domain.tsv} beside this class. {@link
 * Confidence} takes its log-odds as one input beside what the best passage holds: a wrong topic
 * ("thuế thu nhập cá nhân") is told apart by the question's own words even when some passage holds
 * most of them. A question made only of words the model never saw scores about 0.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuestionDomain {

  /** The name of the bias line of the resource. */
  public static final String BIAS = "(bias)";

  private final double bias;
  private final Map<String, Double> weights;

  private QuestionDomain(double bias, Map<String, Double> weights) {
    this.bias = bias;
    this.weights = Map.copyOf(weights);
  }

  /** A model with these weights by {@link #features feature}. */
  public static QuestionDomain of(double bias, Map<String, Double> weights) {
    return new QuestionDomain(bias, weights);
  }

  /** The shipped model. */
  public static QuestionDomain trained() {
    String resource = "question-domain.tsv";
    try (InputStream in = QuestionDomain.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      double bias = 0;
      Map<String, Double> weights = new HashMap<>();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        double weight = Double.parseDouble(parts[1]);
        if (parts[0].equals(BIAS)) {
          bias = weight;
        } else {
          weights.put(parts[0], weight);
        }
      }
      return new QuestionDomain(bias, weights);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the model reads of a text: its folded syllables and pairs of neighbouring ones ({@code
   * "thuế thu nhập"} → {@code thue, thu, nhap, thue_thu, thu_nhap}), each once.
   */
  public static Set<String> features(String text) {
    String[] words =
        VietnameseText.NON_WORD.split(VietnameseText.fold(VietnameseText.normalize(text)).strip());
    Set<String> features = new LinkedHashSet<>();
    for (int i = 0; i < words.length; i++) {
      if (words[i].isEmpty()) {
        continue;
      }
      features.add(words[i]);
      if (i + 1 < words.length && !words[i + 1].isEmpty()) {
        features.add(words[i] + "_" + words[i + 1]);
      }
    }
    return features;
  }

  /** The log-odds that the documents answer {@code question}, from its words alone. */
  public double score(String question) {
    double z = bias;
    for (String feature : features(question)) {
      z += weights.getOrDefault(feature, 0.0);
    }
    return z;
  }

  public double bias() {
    return bias;
  }

  /** The weights by feature. */
  public Map<String, Double> weights() {
    return weights;
  }
}
