package vn.trolycongdoan.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the body of a law's article, or of an appendix, into blocks at its numbered lines ({@code 1.
 * …}, {@code 2a. …}): the text before the first numbered line is one block, each numbered line with
 * the lines after it (điểm {@code a)}, unnumbered continuations) up to the next numbered line is
 * one block. Pure and thread-safe.
 */
final class NumberedBlocks {

  private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}[a-zđ]?)\\.\\s+\\S");

  /**
   * One block of a body.
   *
   * @param span the block's text, trimmed
   * @param number the number as written on its first line ({@code 1}, {@code 2a}); empty for the
   *     lead text before the first numbered line
   */
  record Block(Span span, String number) {}

  private NumberedBlocks() {}

  /** The non-empty blocks of {@code body}, a span of {@code text}, in order. */
  static List<Block> of(String text, Span body) {
    List<Block> blocks = new ArrayList<>();
    int start = body.start();
    String number = "";
    int line = body.start();
    while (line < body.end()) {
      int lineEnd = text.indexOf('\n', line);
      lineEnd = lineEnd < 0 || lineEnd > body.end() ? body.end() : lineEnd;
      Matcher numbered = NUMBER.matcher(text.substring(line, lineEnd));
      if (numbered.find()) {
        add(blocks, text, new Span(start, line), number);
        start = line;
        number = numbered.group(1);
      }
      line = lineEnd + 1;
    }
    add(blocks, text, new Span(start, body.end()), number);
    return blocks;
  }

  private static void add(List<Block> blocks, String text, Span span, String number) {
    Span trimmed = span.trimmedIn(text);
    if (trimmed.length() > 0) {
      blocks.add(new Block(trimmed, number));
    }
  }
}
