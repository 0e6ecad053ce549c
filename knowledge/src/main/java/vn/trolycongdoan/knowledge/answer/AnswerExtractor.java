package vn.trolycongdoan.knowledge.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import vn.trolycongdoan.knowledge.answer.AnalysedTexts.Token;

/**
 * Picks the sentence(s) of a passage that best answer a question and marks the question's words in
 * them. A sentence scores the rarity of the distinct question words it contains, plus a bonus for
 * words that follow each other as in the question. A best sentence ending in ':' brings the list it
 * introduces; otherwise a very short best sentence is joined by the next one.
 *
 * <p>Thread-safe: the analyzer is Lucene's usual thread-safe kind; passages and headings are
 * analysed once ({@link AnalysedTexts}).
 */
public final class AnswerExtractor {

  private static final int SHORT_SENTENCE = 60;

  /** The longest answer a list introduced by a sentence ending in ':' is cut to. */
  private static final int LIST_LIMIT = 700;

  /** What a question asking how much, how long or how many wants to see: a number. */
  private static final Pattern FIGURE = Pattern.compile("\\d");

  private static final double FIGURE_BONUS = 1.5;
  private static final double ADJACENT_BONUS = 0.5;

  /** Outweighs any sum of word rarities: the sentence with the evidence is the answer. */
  private static final double EVIDENCE_SCORE = 1_000;

  /**
   * Question words rarer than this are marked in the answer; commoner ones ("của", "và") are not.
   */
  private static final double MARK_WEIGHT = 0.3;

  private final AnalysedTexts texts;

  /**
   * @param folded the analyzer that produced the folded question terms the weights are keyed by
   */
  public AnswerExtractor(Analyzer folded) {
    this.texts = new AnalysedTexts(folded);
  }

  /**
   * The answer text, the spans of it to mark, and how concentrated the question's words are in it:
   * the rarity of the distinct question words in the answer and its headings over that in the whole
   * passage and its headings (0 to 1; 1 when there are none, or when the answer shows the evidence
   * asked for); and its share: the rarity of the question words the answer and its headings hold
   * over that of all the question's words (0 to 1; 1 when the question has no words, only codes, or
   * when the answer shows the evidence asked for).
   */
  public record Extract(
      String answer, List<AnswerHit.Span> highlights, double concentration, double share) {}

  /**
   * The best sentence(s) of {@code passage} for question terms weighted by {@code termWeights}.
   *
   * @param headings the headings the passage stands under, which every sentence of it shares
   * @param evidence what the question asks for without saying it (a signer's name, a place-and-date
   *     line); a sentence containing it is the answer. Empty when the question asks for nothing of
   *     the kind.
   */
  public Extract extract(
      String passage, String headings, Map<String, Double> termWeights, List<String> evidence) {
    return extract(passage, headings, termWeights, evidence, false);
  }

  /**
   * As {@link #extract(String, String, Map, List)}; when {@code figureAsked} (the question asks how
   * much, how long, how many), a sentence holding a figure is preferred.
   */
  public Extract extract(
      String passage,
      String headings,
      Map<String, Double> termWeights,
      List<String> evidence,
      boolean figureAsked) {
    List<Token> tokens = texts.of(passage).tokens();
    List<AnswerHit.Span> sentences = texts.of(passage).clauses();
    if (sentences.isEmpty()) {
      return new Extract(passage, List.of(), 1, 1);
    }
    int best = 0;
    double bestScore = -1;
    boolean bestShows = false;
    for (int i = 0; i < sentences.size(); i++) {
      AnswerHit.Span sentence = sentences.get(i);
      String text = passage.substring(sentence.start(), sentence.end());
      boolean shows = evidence.stream().anyMatch(text::contains);
      double score =
          score(within(tokens, sentence), termWeights)
              + (shows ? EVIDENCE_SCORE : 0)
              + (figureAsked && FIGURE.matcher(text).find() ? FIGURE_BONUS : 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
        bestShows = shows;
      }
    }
    AnswerHit.Span sentence = sentences.get(best);
    AnswerHit.Span span =
        passage.substring(sentence.start(), sentence.end()).endsWith(":")
            ? withList(sentences, best)
            : withNeighbour(sentences, best);
    List<Token> answerTokens = within(tokens, span);
    List<Token> headingTokens = texts.of(headings).tokens();
    double all = distinctWeight(concat(tokens, headingTokens), termWeights);
    double inAnswer = distinctWeight(concat(answerTokens, headingTokens), termWeights);
    double concentration = all == 0 || bestShows ? 1 : inAnswer / all;
    double question = termWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    double share = question == 0 || bestShows ? 1 : inAnswer / question;
    return new Extract(
        passage.substring(span.start(), span.end()),
        marks(answerTokens, span.start(), passage, termWeights),
        concentration,
        Math.min(1, share));
  }

  /**
   * The sentence at {@code best}, which introduces a list ("… trong trường hợp sau đây:"), with the
   * list after it, as far as it fits in {@link #LIST_LIMIT} characters.
   */
  private static AnswerHit.Span withList(List<AnswerHit.Span> sentences, int best) {
    AnswerHit.Span span = sentences.get(best);
    int end = span.end();
    for (int i = best + 1; i < sentences.size(); i++) {
      AnswerHit.Span next = sentences.get(i);
      if (next.end() - span.start() > LIST_LIMIT) {
        break;
      }
      end = next.end();
    }
    return new AnswerHit.Span(span.start(), end);
  }

  /** A very short sentence with the next one, or the one before when it is the last. */
  private static AnswerHit.Span withNeighbour(List<AnswerHit.Span> sentences, int best) {
    AnswerHit.Span span = sentences.get(best);
    if (span.end() - span.start() >= SHORT_SENTENCE) {
      return span;
    }
    if (best + 1 < sentences.size()) {
      return new AnswerHit.Span(span.start(), sentences.get(best + 1).end());
    }
    return best > 0 ? new AnswerHit.Span(sentences.get(best - 1).start(), span.end()) : span;
  }

  private static double score(List<Token> tokens, Map<String, Double> weights) {
    double score = distinctWeight(tokens, weights);
    for (int i = 1; i < tokens.size(); i++) {
      Double weight = weights.get(tokens.get(i).term());
      if (weight != null && weights.containsKey(tokens.get(i - 1).term())) {
        score += ADJACENT_BONUS * weight;
      }
    }
    return score;
  }

  private static double distinctWeight(List<Token> tokens, Map<String, Double> weights) {
    Set<String> seen = new HashSet<>();
    double sum = 0;
    for (Token token : tokens) {
      Double weight = weights.get(token.term());
      if (weight != null && seen.add(token.term())) {
        sum += weight;
      }
    }
    return sum;
  }

  /**
   * Spans relative to the answer, which starts at {@code offset} of {@code passage}; neighbours
   * merged.
   */
  private static List<AnswerHit.Span> marks(
      List<Token> tokens, int offset, String passage, Map<String, Double> weights) {
    List<AnswerHit.Span> spans = new ArrayList<>();
    for (Token token : tokens) {
      if (weights.getOrDefault(token.term(), 0.0) < MARK_WEIGHT) {
        continue;
      }
      int last = spans.size() - 1;
      if (last >= 0 && passage.substring(spans.get(last).end() + offset, token.start()).isBlank()) {
        spans.set(last, new AnswerHit.Span(spans.get(last).start(), token.end() - offset));
      } else {
        spans.add(new AnswerHit.Span(token.start() - offset, token.end() - offset));
      }
    }
    return spans;
  }

  private static List<Token> concat(List<Token> a, List<Token> b) {
    List<Token> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  private static List<Token> within(List<Token> tokens, AnswerHit.Span span) {
    return tokens.stream().filter(t -> t.start() >= span.start() && t.end() <= span.end()).toList();
  }
}
