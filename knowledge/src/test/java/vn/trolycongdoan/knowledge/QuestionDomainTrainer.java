package vn.trolycongdoan.knowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.trolycongdoan.knowledge.eval.EvalQuestion;
import vn.trolycongdoan.knowledge.eval.QuestionSets;
import vn.trolycongdoan.knowledge.search.QuestionDomain;

/**
 * Trains {@link QuestionDomain} on the {@code tune} part of the member questions and the titles of
 * the bundled laws' articles (answered) against the {@code tune} unanswerable questions, and writes
 * {@code question-domain.tsv}. Deterministic: full-batch gradient descent of a logistic regression
 * with both classes weighing the same in all and an L2 penalty, from zero weights. The {@code
 * measure} parts are never trained on. See the README, "How the ranking is trained".
 *
 * <p>Usage: {@code QuestionDomainTrainer QUESTION_DOMAIN_TSV}.
 */
public final class QuestionDomainTrainer {

  /** How many parts the tune questions are cut into for {@link #crossFitted}. */
  static final int FOLDS = 5;

  private static final double L2 = 0.001;
  private static final double RATE = 1.0;
  private static final int STEPS = 300;

  /** Weights smaller than this are left out of the shipped file. */
  private static final double SMALLEST = 0.001;

  private static final Pattern ARTICLE_TITLE =
      Pattern.compile("^\\s*Điều\\s+\\d+\\s*[.:]\\s*(\\S.*)$", Pattern.MULTILINE);

  private QuestionDomainTrainer() {}

  public static void main(String[] args) throws Exception {
    QuestionDomain model = fit(answered(tuneMembers()), QuestionSets.unanswerable("tune"));
    write(Path.of(args[0]), model);
    for (String split : List.of("tune", "measure")) {
      System.out.printf(
          Locale.ROOT,
          "question domain, %-7s: members scored above 0 %.3f, unanswerable %.3f%n",
          split,
          aboveZero(model, members(split)),
          aboveZero(model, QuestionSets.unanswerable(split)));
    }
  }

  /** The tune member questions, as asked, in the order of the question sets. */
  static List<String> tuneMembers() {
    return members("tune");
  }

  private static List<String> members(String split) {
    return QuestionSets.members().stream()
        .filter(q -> q.split().equals(split))
        .map(EvalQuestion::question)
        .toList();
  }

  /** The member questions and the titles of the bundled laws' articles. */
  static List<String> answered(List<String> members) throws Exception {
    List<String> answered = new ArrayList<>(members);
    answered.addAll(articleTitles());
    return answered;
  }

  /**
   * Each tune question's score by a model fitted without its part ({@link #FOLDS} parts, the
   * question's position modulo {@link #FOLDS}): what the confidence model is fitted on must not
   * have been learnt by heart.
   */
  static Map<String, Double> crossFitted() throws Exception {
    List<String> members = tuneMembers();
    List<String> unanswerable = QuestionSets.unanswerable("tune");
    Map<String, Double> scores = new HashMap<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      QuestionDomain model = fit(answered(without(members, fold)), without(unanswerable, fold));
      for (List<String> questions : List.of(members, unanswerable)) {
        for (int i = fold; i < questions.size(); i += FOLDS) {
          scores.put(questions.get(i), model.score(questions.get(i)));
        }
      }
    }
    return scores;
  }

  private static List<String> without(List<String> questions, int fold) {
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      if (i % FOLDS != fold) {
        rest.add(questions.get(i));
      }
    }
    return rest;
  }

  /** The titles of the articles of the bundled laws and decrees. */
  private static List<String> articleTitles() throws Exception {
    List<String> titles = new ArrayList<>();
    try (Stream<Path> files = Files.list(TestCorpus.corpusDir().resolve("laws"))) {
      for (Path file : files.sorted().toList()) {
        Matcher title = ARTICLE_TITLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (title.find()) {
          titles.add(title.group(1).strip());
        }
      }
    }
    return titles;
  }

  /** The logistic regression of answered (1) against unanswered (0) texts, classes balanced. */
  static QuestionDomain fit(List<String> answered, List<String> unanswered) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<int[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (int label = 1; label >= 0; label--) {
      for (String text : label == 1 ? answered : unanswered) {
        x.add(
            QuestionDomain.features(text).stream()
                .mapToInt(f -> index.computeIfAbsent(f, k -> index.size()))
                .toArray());
        y.add(label);
      }
    }
    double[] classWeight = {
      x.size() / (2.0 * unanswered.size()), x.size() / (2.0 * answered.size())
    };
    double[] w = new double[index.size()];
    double bias = 0;
    for (int step = 0; step < STEPS; step++) {
      double[] gradient = new double[w.length];
      double biasGradient = 0;
      for (int i = 0; i < x.size(); i++) {
        double z = bias;
        for (int f : x.get(i)) {
          z += w[f];
        }
        double error = classWeight[y.get(i)] * (1 / (1 + Math.exp(-z)) - y.get(i));
        biasGradient += error;
        for (int f : x.get(i)) {
          gradient[f] += error;
        }
      }
      bias -= RATE * biasGradient / x.size();
      for (int f = 0; f < w.length; f++) {
        w[f] -= RATE * (gradient[f] / x.size() + L2 * w[f]);
      }
    }
    Map<String, Double> weights = new HashMap<>();
    index.forEach(
        (feature, f) -> {
          if (Math.abs(w[f]) >= SMALLEST) {
            weights.put(feature, w[f]);
          }
        });
    return QuestionDomain.of(bias, weights);
  }

  private static double aboveZero(QuestionDomain model, List<String> questions) {
    return questions.stream().filter(q -> model.score(q) > 0).count() / (double) questions.size();
  }

  private static void write(Path file, QuestionDomain model) throws Exception {
    StringBuilder text =
        new StringBuilder(
            "# Question domain weights (see QuestionDomain.java), trained by QuestionDomainTrainer on"
                + " the tune part\n# of the question sets; see the README, \"How the ranking is"
                + " trained\".\n");
    text.append(String.format(Locale.ROOT, "%s\t%.4f%n", QuestionDomain.BIAS, model.bias()));
    new TreeMap<>(model.weights())
        .forEach(
            (feature, weight) ->
                text.append(String.format(Locale.ROOT, "%s\t%.4f%n", feature, weight)));
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
