package vn.trolycongdoan.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a range of cleaned text into sentences. A sentence ends at a line end, or at {@code . ; !
 * ? …} followed by spaces and then a capital letter, a digit, or an opening quote, bracket or dash
 * before a capital. It does not end at the dot of a leading enumeration ({@code 1.1.}, {@code
 * IV.}), inside numbers ({@code 18.000}, {@code 45/2019}) or after a known abbreviation ({@code
 * v.v.}, {@code TP.}).
 */
final class Sentences {

  private static final String ENDS = ".;!?…";
  private static final Pattern ENUMERATION =
      Pattern.compile("^\\s*(?:\\d{1,2}(?:\\s?\\.\\s?\\d{1,2})*|[IVXL]{1,6})$");
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:^|\\s)(?:v\\.v|TP|Tp|TS|ThS|PGS|GS|Đ/c|đ/c)$");

  private Sentences() {}

  static List<Span> in(String text, Span range) {
    List<Span> sentences = new ArrayList<>();
    int start = range.start();
    for (int i = range.start(); i < range.end(); i++) {
      char c = text.charAt(i);
      boolean boundary =
          c == '\n' || (ENDS.indexOf(c) >= 0 && endsSentenceAt(text, i, range.end()));
      if (boundary) {
        add(sentences, text, start, c == '\n' ? i : i + 1);
        start = i + 1;
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

  private static boolean endsSentenceAt(String text, int i, int end) {
    int next = i + 1;
    while (next < end && text.charAt(next) == ' ') {
      next++;
    }
    if (next == i + 1 || next >= end || !opensSentence(text, next, end)) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', i) + 1;
    String before = text.substring(lineStart, i);
    return !ENUMERATION.matcher(before).matches() && !ABBREVIATION.matcher(before).find();
  }

  private static boolean opensSentence(String text, int i, int end) {
    char c = text.charAt(i);
    if ("“\"(‘-".indexOf(c) >= 0 && i + 1 < end) {
      c = text.charAt(i + 1);
    }
    return Character.isUpperCase(c) || Character.isDigit(c);
  }
}
