package vn.trolycongdoan.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one sentence splitter of ingest and answers, on cleaned text (one paragraph per line).
 *
 * <p>A sentence ends at a line end, or at {@code . ; ! ? …} followed by spaces and then a capital
 * letter, a digit, or an opening quote, bracket or dash before a capital. It does not end at the
 * dot of a leading enumeration ({@code 1.1.}, {@code IV.}), inside numbers ({@code 18.000}, {@code
 * 45/2019}) or after a known abbreviation ({@code v.v.}, {@code TP.}, {@code KT.}). {@link
 * #clauses} also ends a piece after every {@code ;} followed by a space, since plans list their
 * targets as {@code ;} clauses of one sentence.
 *
 * <p>Spans are trimmed and never empty. Pure and thread-safe; never fails, whatever the input.
 */
public final class Sentences {

  private static final String ENDS = ".;!?…";
  private static final Pattern ENUMERATION =
      Pattern.compile("^\\s*(?:\\d{1,2}(?:\\s?\\.\\s?\\d{1,2})*|[IVXL]{1,6})$");
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:^|[\\s(])(?:v\\.v|TP|Tp|TS|ThS|PGS|GS|Đ/c|đ/c|TM|KT|TL|TUQ)$");
  private static final String OPENERS = "“\"(‘-–";

  /** A line opening a law's điểm: its letter and a parenthesis ({@code c) …}). */
  private static final Pattern POINT = Pattern.compile("[a-zđ]\\)\\s");

  private Sentences() {}

  /** The sentences of {@code range} of {@code text}, in order. */
  public static List<Span> in(String text, Span range) {
    return split(text, range, false);
  }

  /** The sentences of the whole {@code text}, each further cut after {@code ;}, in order. */
  public static List<Span> clauses(String text) {
    return split(text, new Span(0, text.length()), true);
  }

  private static List<Span> split(String text, Span range, boolean atSemicolons) {
    List<Span> sentences = new ArrayList<>();
    int start = range.start();
    boolean inPoint = opensPoint(text, start, range.end());
    for (int i = range.start(); i < range.end(); i++) {
      char c = text.charAt(i);
      boolean boundary =
          c == '\n'
              || (atSemicolons && !inPoint && c == ';' && followedBySpace(text, i, range.end()))
              || (ENDS.indexOf(c) >= 0 && endsSentenceAt(text, i, range.end()));
      if (boundary) {
        add(sentences, text, start, c == '\n' ? i : i + 1);
        start = i + 1;
        if (c == '\n') {
          inPoint = opensPoint(text, start, range.end());
        }
      }
    }
    add(sentences, text, start, range.end());
    return sentences;
  }

  private static void add(List<Span> sentences, String text, int start, int end) {
    Span sentence = new Span(start, end).trimmedIn(text);
    if (sentence.length() > 0) {
      sentences.add(sentence);
    }
  }

  private static boolean opensPoint(String text, int start, int end) {
    return start < end && POINT.matcher(text).region(start, end).lookingAt();
  }

  private static boolean followedBySpace(String text, int i, int end) {
    return i + 1 < end && Character.isWhitespace(text.charAt(i + 1));
  }

  private static boolean endsSentenceAt(String text, int i, int end) {
    int next = skipSpaces(text, i + 1, end);
    if (next == i + 1 || next >= end || !opensSentence(text, next, end)) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', i) + 1;
    String before = text.substring(lineStart, i);
    return !ENUMERATION.matcher(before).matches() && !ABBREVIATION.matcher(before).find();
  }

  private static boolean opensSentence(String text, int i, int end) {
    int first = i;
    if (OPENERS.indexOf(text.charAt(i)) >= 0) {
      first = skipSpaces(text, i + 1, end);
    }
    if (first >= end) {
      return false;
    }
    char c = text.charAt(first);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private static int skipSpaces(String text, int from, int end) {
    int i = from;
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
