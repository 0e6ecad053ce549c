package vn.trolycongdoan.knowledge.analysis;

import java.util.Arrays;

/**
 * A text run through {@link VietnameseText#normalize(String)} one character cluster (a code point
 * with its combining marks) at a time, remembering which original span each output char came from.
 */
final class NormalizedText {
  private static final String[] ASCII = new String[0x80];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private NormalizedText(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  static NormalizedText of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] starts = new int[original.length()];
    int[] ends = new int[original.length()];
    int clusterStart = 0;
    while (clusterStart < original.length()) {
      int clusterEnd = clusterEnd(original, clusterStart);
      String normalized = normalized(original, clusterStart, clusterEnd);
      if (out.length() + normalized.length() > starts.length) {
        int capacity = Math.max(starts.length * 2, out.length() + normalized.length());
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
      }
      for (int i = 0; i < normalized.length(); i++) {
        starts[out.length() + i] = clusterStart;
        ends[out.length() + i] = clusterEnd;
      }
      out.append(normalized);
      clusterStart = clusterEnd;
    }
    return new NormalizedText(out.toString(), starts, ends);
  }

  /**
   * A lone ASCII character needs only lower-casing; anything else goes through the full
   * normalization.
   */
  private static String normalized(String original, int start, int end) {
    char c = original.charAt(start);
    if (end == start + 1 && c < 0x80) {
      return ASCII[Character.toLowerCase(c)];
    }
    return VietnameseText.normalize(original.substring(start, end));
  }

  String text() {
    return text;
  }

  /** Original offset where the output char at {@code index} begins. */
  int originalStart(int index) {
    return starts[index];
  }

  /** Original offset just past the output char at {@code index}. */
  int originalEnd(int index) {
    return ends[index];
  }

  private static int clusterEnd(String s, int start) {
    int end = start + Character.charCount(s.codePointAt(start));
    while (end < s.length() && isMark(s.codePointAt(end))) {
      end += Character.charCount(s.codePointAt(end));
    }
    return end;
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
