package vn.trolycongdoan.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a passage into sentences: at line ends, after {@code ;} (plans list their targets as clauses
 * of one sentence), and after {@code . ! ?} followed by a space and a capital letter, a digit, a
 * dash or an opening quote. Numbering ({@code 1.1.}), amounts ({@code 18.000}) and numbers ({@code
 * 45/2019}) have no space after their dots, so they are not cut.
 */
final class Sentences {

  private static final Pattern END =
      Pattern.compile("(?<=;)[ \\t]+|(?<=[.!?…])[ \\t]+(?=[\\p{Lu}\\d\\-–“\"(])|\\n+");

  private Sentences() {}

  /** Spans {@code [start, end)} of the non-blank sentences of {@code text}, in order, trimmed. */
  static List<AnswerHit.Span> of(String text) {
    List<AnswerHit.Span> spans = new ArrayList<>();
    Matcher end = END.matcher(text);
    int start = 0;
    while (end.find()) {
      addTrimmed(text, start, end.start(), spans);
      start = end.end();
    }
    addTrimmed(text, start, text.length(), spans);
    return spans;
  }

  private static void addTrimmed(String text, int start, int end, List<AnswerHit.Span> spans) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      spans.add(new AnswerHit.Span(start, end));
    }
  }
}
