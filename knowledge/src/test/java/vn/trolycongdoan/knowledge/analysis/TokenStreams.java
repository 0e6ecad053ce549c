package vn.trolycongdoan.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Runs analyzers and checks the token stream contract that Lucene's {@code BaseTokenStreamTestCase}
 * would: offsets inside the text and never going backwards, sane positions, a consistent graph, and
 * the same output when the reused stream analyzes the text again.
 */
final class TokenStreams {
  record Token(String term, int start, int end, int increment, int length) {}

  private TokenStreams() {}

  /** The checked tokens of {@code text}; throws {@link AssertionError} on a broken contract. */
  static List<Token> analyze(Analyzer analyzer, String text) {
    List<Token> first = consume(analyzer, text);
    List<Token> second = consume(analyzer, text);
    check(first.equals(second), "reused stream gave different tokens", text, second);
    checkGraph(first, text);
    return first;
  }

  static List<String> terms(Analyzer analyzer, String text) {
    return analyze(analyzer, text).stream().map(Token::term).toList();
  }

  /** Every path through the token graph, each as its terms joined by spaces. */
  static Set<String> paths(Analyzer analyzer, String text) {
    Map<Integer, List<Token>> leaving = new HashMap<>();
    int position = -1;
    int last = 0;
    for (Token token : analyze(analyzer, text)) {
      position += token.increment();
      leaving.computeIfAbsent(position, p -> new ArrayList<>()).add(token);
      last = Math.max(last, position + token.length());
    }
    Set<String> paths = new LinkedHashSet<>();
    addPaths(leaving, 0, last, "", paths);
    return paths;
  }

  private static void addPaths(
      Map<Integer, List<Token>> leaving, int from, int last, String prefix, Set<String> paths) {
    if (from == last) {
      paths.add(prefix.strip());
      return;
    }
    for (Token token : leaving.getOrDefault(from, List.of())) {
      addPaths(leaving, from + token.length(), last, prefix + " " + token.term(), paths);
    }
  }

  private static List<Token> consume(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("field", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        Token token =
            new Token(
                term.toString(),
                offset.startOffset(),
                offset.endOffset(),
                increment.getPositionIncrement(),
                length.getPositionLength());
        checkToken(token, tokens, text);
        tokens.add(token);
      }
      stream.end();
      check(
          offset.endOffset() == text.length(), "final offset is not the text length", text, tokens);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static void checkToken(Token token, List<Token> before, String text) {
    Token previous = before.isEmpty() ? null : before.get(before.size() - 1);
    String problem =
        token.term().isEmpty()
            ? "empty term"
            : token.start() < 0 || token.start() > token.end() || token.end() > text.length()
                ? "offsets outside the text"
                : previous != null && previous.start() > token.start()
                    ? "start offset went backwards"
                    : token.increment() < (previous == null ? 1 : 0)
                        ? "bad position increment"
                        : token.length() < 1 ? "position length below 1" : null;
    if (problem != null) {
      List<Token> context = new ArrayList<>(before);
      context.add(token);
      check(false, problem, text, context);
    }
  }

  /** Tokens leaving one position share a start offset; tokens arriving at one share an end. */
  private static void checkGraph(List<Token> tokens, String text) {
    Map<Integer, Integer> starts = new HashMap<>();
    Map<Integer, Integer> ends = new HashMap<>();
    int position = -1;
    for (Token token : tokens) {
      position += token.increment();
      int start = starts.computeIfAbsent(position, p -> token.start());
      int end = ends.computeIfAbsent(position + token.length(), p -> token.end());
      check(
          start == token.start() && end == token.end(),
          "inconsistent graph offsets at " + token,
          text,
          tokens);
    }
  }

  private static void check(boolean condition, String problem, String text, List<Token> tokens) {
    if (!condition) {
      throw new AssertionError(problem + "\ntext: " + escape(text) + "\ntokens: " + tokens);
    }
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c ->
                out.append(
                    c >= 0x20 && c < 0x7f ? Character.toString(c) : String.format("\\u{%04X}", c)));
    return out.toString();
  }
}
