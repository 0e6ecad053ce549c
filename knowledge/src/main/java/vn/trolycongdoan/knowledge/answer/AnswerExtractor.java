package vn.trolycongdoan.knowledge.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Picks the sentence(s) of a passage that best answer a question and marks the question's words in them.
 * A sentence scores the rarity of the distinct question words it contains, plus a bonus for words that
 * follow each other as in the question. A very short best sentence is joined by the next one.
 *
 * <p>Thread-safe: the analyzer is Lucene's usual thread-safe kind.
 */
public final class AnswerExtractor {

  private static final int SHORT_SENTENCE = 60;
  private static final double ADJACENT_BONUS = 0.5;

  private final Analyzer folded;

  /** @param folded the analyzer that produced the folded question terms the weights are keyed by */
  public AnswerExtractor(Analyzer folded) {
    this.folded = folded;
  }

  /** The best sentence(s) of {@code passage} and the spans of question words in them. */
  public Extract extract(String passage, Map<String, Double> termWeights) {
    List<AnswerHit.Span> sentences = Sentences.of(passage);
    if (sentences.isEmpty()) {
      return new Extract(passage, List.of());
    }
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < sentences.size(); i++) {
      AnswerHit.Span s = sentences.get(i);
      double score = score(tokens(passage.substring(s.start(), s.end())), termWeights);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    AnswerHit.Span span = sentences.get(best);
    if (span.end() - span.start() < SHORT_SENTENCE && best + 1 < sentences.size()) {
      span = new AnswerHit.Span(span.start(), sentences.get(best + 1).end());
    }
    String answer = passage.substring(span.start(), span.end());
    return new Extract(answer, marks(answer, termWeights));
  }

  /** The answer text and the spans of it to mark. */
  public record Extract(String answer, List<AnswerHit.Span> highlights) {}

  private static double score(List<Token> tokens, Map<String, Double> weights) {
    Set<String> seen = new HashSet<>();
    double score = 0;
    Token previous = null;
    for (Token token : tokens) {
      Double weight = weights.get(token.term);
      if (weight != null) {
        if (seen.add(token.term)) {
          score += weight;
        }
        if (previous != null && weights.containsKey(previous.term)) {
          score += ADJACENT_BONUS * weight;
        }
      }
      previous = token;
    }
    return score;
  }

  private List<AnswerHit.Span> marks(String answer, Map<String, Double> weights) {
    List<AnswerHit.Span> spans = new ArrayList<>();
    for (Token token : tokens(answer)) {
      if (!weights.containsKey(token.term)) {
        continue;
      }
      int last = spans.size() - 1;
      if (last >= 0 && answer.substring(spans.get(last).end(), token.start).isBlank()) {
        spans.set(last, new AnswerHit.Span(spans.get(last).start(), token.end));
      } else {
        spans.add(new AnswerHit.Span(token.start, token.end));
      }
    }
    return spans;
  }

  private List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = folded.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private record Token(String term, int start, int end) {}
}
