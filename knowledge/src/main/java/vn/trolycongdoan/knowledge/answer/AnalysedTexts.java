package vn.trolycongdoan.knowledge.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import vn.trolycongdoan.knowledge.ingest.Sentences;

/**
 * The folded tokens and the clauses of the texts answers are picked from (passages and their
 * headings), each worked out once: the same passages come back question after question, and
 * analysing them again was half the cost of picking answers. Keeps up to {@link #MAX_TEXTS} texts
 * (some megabytes); when that many are kept, it starts afresh.
 *
 * <p>Thread-safe: the analyzer is Lucene's usual thread-safe kind.
 */
final class AnalysedTexts {

  static final int MAX_TEXTS = 2_048;

  /** A folded term and where it stands in the text. */
  record Token(String term, int start, int end) {}

  /**
   * @param tokens the text's tokens, in order
   * @param clauses the text's sentences, each further cut after {@code ;} ({@link
   *     Sentences#clauses})
   */
  record Analysed(List<Token> tokens, List<AnswerHit.Span> clauses) {}

  private final Analyzer folded;
  private final Map<String, Analysed> byText = new ConcurrentHashMap<>();

  AnalysedTexts(Analyzer folded) {
    this.folded = folded;
  }

  Analysed of(String text) {
    Analysed known = byText.get(text);
    if (known != null) {
      return known;
    }
    Analysed analysed =
        new Analysed(
            tokens(text),
            Sentences.clauses(text).stream()
                .map(s -> new AnswerHit.Span(s.start(), s.end()))
                .toList());
    if (byText.size() >= MAX_TEXTS) {
      byText.clear();
    }
    byText.put(text, analysed);
    return analysed;
  }

  private List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    // A text repeats its words: one string per distinct term keeps the kept texts small.
    Map<String, String> terms = new HashMap<>();
    try (TokenStream stream = folded.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = terms.computeIfAbsent(term.toString(), t -> t);
        tokens.add(new Token(word, offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(tokens);
  }
}
