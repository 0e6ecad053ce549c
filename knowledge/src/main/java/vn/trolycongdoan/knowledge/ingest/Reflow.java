package vn.trolycongdoan.knowledge.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the visual lines of a document back into paragraphs.
 *
 * <p>A line continues the paragraph above when that paragraph does not end a sentence, is neither
 * all-caps nor separated by two or more blank lines, and the line itself does not open a block
 * (heading, list item, bullet, all-caps line, {@code Số:}, place and date, {@code Nơi nhận:}).
 * Given that, a line starting in lower case continues; so does any line in a hard-wrapped document
 * (a PDF conversion, where almost no line is longer than 100 characters) after a line that filled
 * most of the width, even when the paragraph is a numbered item (its wrapped words would otherwise
 * be read as its heading's title), though not after a {@code Chương} or {@code Điều} line.
 * Otherwise, unless the paragraph is numbered, a line starting with a digit continues, and so does
 * a line after a markdown line break.
 */
final class Reflow {

  private static final int LONG_LINE = 100;
  private static final double FULL_LINE_SHARE = 0.6;
  private static final Pattern OPENING_QUOTE = Pattern.compile("^[“\"‘']");

  private final boolean hardWrapped;
  private final int fullLine;

  private Reflow(boolean hardWrapped, int fullLine) {
    this.hardWrapped = hardWrapped;
    this.fullLine = fullLine;
  }

  static List<String> paragraphs(List<RawLine> lines) {
    return layoutOf(lines).join(lines);
  }

  private static Reflow layoutOf(List<RawLine> lines) {
    int[] lengths =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.text().length())
            .sorted()
            .toArray();
    if (lengths.length == 0) {
      return new Reflow(false, 0);
    }
    long longLines = Arrays.stream(lengths).filter(length -> length > LONG_LINE).count();
    int width = lengths[(int) (lengths.length * 0.9)];
    return new Reflow(longLines * 20 < lengths.length, (int) (width * FULL_LINE_SHARE));
  }

  private List<String> join(List<RawLine> lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = null;
    RawLine previous = null;
    int blanks = 0;
    for (RawLine line : lines) {
      if (line.isBlank()) {
        blanks++;
        continue;
      }
      if (paragraph != null && continues(paragraph.toString(), previous, line.text(), blanks)) {
        paragraph
            .append(paragraph.charAt(paragraph.length() - 1) == '/' ? "" : " ")
            .append(line.text());
      } else {
        if (paragraph != null) {
          paragraphs.add(paragraph.toString());
        }
        paragraph = new StringBuilder(line.text());
      }
      previous = line;
      blanks = 0;
    }
    if (paragraph != null) {
      paragraphs.add(paragraph.toString());
    }
    return paragraphs;
  }

  private boolean continues(String paragraph, RawLine previous, String line, int blanks) {
    if (blanks >= 2 || Lines.isAllCaps(paragraph) || opensBlock(line)) {
      return false;
    }
    char first = firstLetterOrDigit(line);
    if (Character.isLowerCase(first)) {
      return !Lines.endsFullStop(paragraph);
    }
    if (Lines.endsSentence(paragraph)) {
      return false;
    }
    if (hardWrapped
        && previous.text().length() >= fullLine
        && !Lines.LEGAL_UNIT.matcher(paragraph).find()) {
      return true;
    }
    return !Lines.isNumbered(paragraph)
        && (Character.isDigit(first) || (previous.forcedBreak() && blanks == 0));
  }

  private static boolean opensBlock(String line) {
    String unquoted = OPENING_QUOTE.matcher(line).replaceFirst("");
    return Lines.isNumbered(unquoted)
        || Lines.BULLET.matcher(line).find()
        || Lines.isAllCaps(line)
        || Lines.NUMBER_LINE.matcher(line).find()
        || Lines.PLACE_DATE.matcher(line).matches()
        || Lines.RECIPIENTS.matcher(line).matches();
  }

  private static char firstLetterOrDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLetterOrDigit(line.charAt(i))) {
        return line.charAt(i);
      }
    }
    return ' ';
  }
}
