package vn.trolycongdoan.knowledge.ingest;

import java.util.regex.Pattern;

/**
 * Small predicates on single lines of text shared by the cleaner, the section parser and the
 * metadata reader.
 */
final class Lines {

  /**
   * A line opening a numbered or lettered block: {@code 1.}, {@code 1.1.}, {@code 3. 2.}, {@code
   * IV.}, {@code a)}.
   */
  static final Pattern NUMBERED =
      Pattern.compile("^(?:\\d{1,2}(?:\\s?\\.\\s?\\d{1,2})*\\.\\s|[IVXL]{1,6}\\.\\s|[a-zđ]\\)\\s)");

  static final Pattern BULLET = Pattern.compile("^[-*+•–]\\s");

  static final Pattern LEGAL_UNIT = Pattern.compile("^(?:Chương|Mục|Phần|Điều)\\s+[\\dIVXLC]");

  static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:");

  static final Pattern PLACE_DATE =
      Pattern.compile(
          "^([\\p{L} .'-]{2,40}),\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})\\b.*$");

  static final Pattern RECIPIENTS = Pattern.compile("^N[oơ]i nhận\\s*:?$");

  private Lines() {}

  /** True when the line has at least two letters and none of them is lower-case. */
  static boolean isAllCaps(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * True when the line starts a numbered, lettered or legal heading ({@code Chương}, {@code Mục},
   * {@code Điều}).
   */
  static boolean isNumbered(String line) {
    return NUMBERED.matcher(line).find() || LEGAL_UNIT.matcher(line).find();
  }

  /** True when the line, ignoring closing quotes and brackets, ends with {@code . ; : ! ? …}. */
  static boolean endsSentence(String line) {
    return endsWithOneOf(line, ".;:!?…");
  }

  /** True when the line, ignoring closing quotes and brackets, ends with {@code . ! ? …}. */
  static boolean endsFullStop(String line) {
    return endsWithOneOf(line, ".!?…");
  }

  private static boolean endsWithOneOf(String line, String marks) {
    int i = line.length() - 1;
    while (i >= 0 && "\"”’)]*".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && marks.indexOf(line.charAt(i)) >= 0;
  }
}
