package vn.trolycongdoan.knowledge.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import vn.trolycongdoan.knowledge.analysis.Figures;
import vn.trolycongdoan.knowledge.analysis.Quantities;
import vn.trolycongdoan.knowledge.ingest.Sentences;

/**
 * The folded tokens (of the whole text and of each clause), the clauses, the ranges of lengths of
 * time and the kinds of figure of the texts answers are picked from (passages and their headings),
 * each worked out once: the same passages come back question after question, and analysing them
 * again was half the cost of picking answers. Keeps up to {@link #MAX_TEXTS} texts (some
 * megabytes); when that many are kept, it starts afresh.
 *
 * <p>Thread-safe: the analyzer is Lucene's usual thread-safe kind.
 */
final class AnalysedTexts {

  static final int MAX_TEXTS = 2_048;

  /** A folded term and where it stands in the text. */
  record Token(String term, int start, int end) {}

  /**
   * A text's tokens, in order; its sentences, each further cut after {@code ;} ({@link
   * Sentences#clauses}); and the ranges of lengths of time the whole text and its pieces set
   * ({@link Quantities#ranges}), each read the first time it is asked for (only questions that
   * state a length need them).
   */
  static final class Analysed {

    private final String text;
    private final List<Token> tokens;
    private final List<AnswerHit.Span> clauses;

    /** The ranges of the pieces of the text asked for so far, by piece. */
    private final Map<AnswerHit.Span, Quantities.Ranges> ranges = new ConcurrentHashMap<>();

    /** The tokens of the pieces of the text asked for so far, by piece. */
    private final Map<AnswerHit.Span, List<Token>> tokensWithin = new ConcurrentHashMap<>();

    /** The kinds of figure the pieces of the text asked for so far state, by piece. */
    private final Map<AnswerHit.Span, Set<Figures.Kind>> figures = new ConcurrentHashMap<>();

    private Analysed(String text, List<Token> tokens, List<AnswerHit.Span> clauses) {
      this.text = text;
      this.tokens = tokens;
      this.clauses = clauses;
    }

    List<Token> tokens() {
      return tokens;
    }

    List<AnswerHit.Span> clauses() {
      return clauses;
    }

    /**
     * The tokens that lie wholly inside the piece {@code span} of the text (a clause, an answer),
     * in order; worked out once per piece, as every question picking its answer scores every
     * clause.
     */
    List<Token> tokens(AnswerHit.Span span) {
      return tokensWithin.computeIfAbsent(
          span,
          piece ->
              tokens.stream()
                  .filter(t -> t.start() >= piece.start() && t.end() <= piece.end())
                  .toList());
    }

    /** The kinds of figure the whole text states ({@link Figures#stated}). */
    Set<Figures.Kind> figures() {
      return figures(new AnswerHit.Span(0, text.length()));
    }

    /** The kinds of figure the piece {@code span} of the text states. */
    Set<Figures.Kind> figures(AnswerHit.Span span) {
      return figures.computeIfAbsent(
          span, piece -> Set.copyOf(Figures.stated(text.substring(piece.start(), piece.end()))));
    }

    /** The ranges the whole text sets. */
    Quantities.Ranges ranges() {
      return ranges(new AnswerHit.Span(0, text.length()));
    }

    /** The ranges the piece {@code span} of the text (a clause, an answer) sets. */
    Quantities.Ranges ranges(AnswerHit.Span span) {
      return ranges.computeIfAbsent(
          span, piece -> Quantities.ranges(text.substring(piece.start(), piece.end())));
    }
  }

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
            text,
            tokensOf(text),
            Sentences.clauses(text).stream()
                .map(s -> new AnswerHit.Span(s.start(), s.end()))
                .toList());
    if (byText.size() >= MAX_TEXTS) {
      byText.clear();
    }
    byText.put(text, analysed);
    return analysed;
  }

  /** The folded tokens of {@code text}, worked out afresh (not kept). */
  List<Token> tokensOf(String text) {
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
