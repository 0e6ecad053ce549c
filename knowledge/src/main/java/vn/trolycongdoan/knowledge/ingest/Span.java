package vn.trolycongdoan.knowledge.ingest;

/** A half-open range {@code [start, end)} of offsets into a text. */
public record Span(int start, int end) {

  int length() {
    return end - start;
  }

  /**
   * This range without the whitespace at either end of it in {@code text}; empty ranges collapse to
   * start.
   */
  Span trimmedIn(String text) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }
}
