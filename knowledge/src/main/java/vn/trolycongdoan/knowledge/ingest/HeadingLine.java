package vn.trolycongdoan.knowledge.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line recognised as a heading.
 *
 * @param rank nesting rank: a heading closes every open heading of equal or greater rank
 * @param label the numbering as cited ({@code II}, {@code 2.4}, {@code Điều 113})
 * @param title the words after the numbering, shortened for a run-in heading
 * @param written the heading as it reads in the text
 * @param runIn whether the line is a numbered paragraph whose first clause serves as heading: its
 *     whole line is section text
 * @param titleOnNextLine whether the title is the following line ({@code Chương I} / {@code NHỮNG
 *     QUY ĐỊNH CHUNG})
 */
record HeadingLine(
    int rank, String label, String title, String written, boolean runIn, boolean titleOnNextLine) {

  static final int CLOSING_RANK = 0;

  private static final int RUN_IN_LENGTH = 200;
  private static final int MAX_TITLE = 100;
  private static final Pattern CHAPTER =
      Pattern.compile("^(Chương|Mục)\\s+([IVXLC]+|\\d+)\\.?\\s*(.*)$");
  private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(\\d+[a-z]?)\\.\\s*(.*)$");
  private static final Pattern APPENDIX =
      Pattern.compile("^(PHỤ LỤC|Phụ lục)(?:\\s+([IVXLC]+|\\d+))?\\s*[.:]?\\s*(.*)$");

  /** An article title longer than this is a sentence of content, not a title. */
  private static final int MAX_ARTICLE_TITLE = 300;

  private static final Pattern ROMAN =
      Pattern.compile("^((?:X{0,3})(?:IX|IV|V?I{0,3}))\\.\\s+(\\S.*)$");
  private static final Pattern GROUP = Pattern.compile("^(Nhóm\\s+\\d{1,2})\\s*:\\s*(\\S.*)$");
  private static final Pattern DECIMAL =
      Pattern.compile("^(\\d{1,2}(?:\\s?\\.\\s?\\d{1,2})*)\\.\\s+(\\S.*)$");
  private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s+(\\S.*)$");

  /** A starred lead-in such as {@code * Đến năm 2025:} that heads the bullets below it. */
  private static final Pattern LEAD_IN = Pattern.compile("^\\*\\s+(\\S.{0,80}?)\\s*:$");

  private static final Pattern SIGNATURE = Pattern.compile("^(?:TM|KT|TL|TUQ|Q)\\.\\s+\\p{Lu}.*$");
  private static final Pattern CLAUSE_END = Pattern.compile("[.;!?](?=\\s|$)");

  /**
   * A heading of a law or decree: {@code Chương}, {@code Mục}, {@code Điều}, {@code Phụ lục};
   * {@code null} if none. An article whose words after the number end a sentence or run past 300
   * characters has no title: it is run in, its first clause serving as title.
   */
  static HeadingLine legal(String line, String nextLine) {
    HeadingLine appendix = appendix(line, nextLine);
    if (appendix != null) {
      return appendix;
    }
    Matcher chapter = CHAPTER.matcher(line);
    if (chapter.matches()) {
      String label = chapter.group(1) + " " + chapter.group(2);
      int rank = chapter.group(1).equals("Chương") ? 1 : 2;
      if (chapter.group(3).isEmpty() && nextLine != null && Lines.isAllCaps(nextLine)) {
        return new HeadingLine(rank, label, nextLine, label + ". " + nextLine, false, true);
      }
      return new HeadingLine(rank, label, chapter.group(3), line, false, false);
    }
    Matcher article = ARTICLE.matcher(line);
    if (!article.matches()) {
      return null;
    }
    String label = "Điều " + article.group(1);
    String title = article.group(2);
    if (Lines.endsSentence(title) || title.length() > MAX_ARTICLE_TITLE) {
      String shortTitle = firstClause(title);
      return new HeadingLine(3, label, shortTitle, label + ". " + shortTitle, true, false);
    }
    return regular(3, label, title, line);
  }

  /**
   * An appendix of a law ({@code PHỤ LỤC}, {@code Phụ lục II}), outermost like a chapter, its
   * all-caps title on the same or the next line; {@code null} if the line is not one.
   */
  static HeadingLine appendix(String line, String nextLine) {
    Matcher appendix = APPENDIX.matcher(line);
    if (!appendix.matches()) {
      return null;
    }
    String label = "Phụ lục" + (appendix.group(2) == null ? "" : " " + appendix.group(2));
    String rest = appendix.group(3);
    if (!rest.isEmpty()) {
      return Lines.isAllCaps(rest) ? regular(1, label, rest, line) : null;
    }
    if (nextLine != null && Lines.isAllCaps(nextLine)) {
      return new HeadingLine(1, label, nextLine, label + ". " + nextLine, false, true);
    }
    return regular(1, label, "", line);
  }

  /**
   * A heading of a plan or programme: roman, {@code Nhóm}, decimal, letter or starred lead-in;
   * {@code null} if none.
   */
  static HeadingLine plan(String line) {
    Matcher roman = ROMAN.matcher(line);
    if (roman.matches() && !roman.group(1).isEmpty() && Lines.isAllCaps(roman.group(2))) {
      return regular(1, roman.group(1), roman.group(2), line);
    }
    Matcher group = GROUP.matcher(line);
    if (group.matches()) {
      return numbered(2, group.group(1), line, group.start(2));
    }
    Matcher decimal = DECIMAL.matcher(line);
    if (decimal.matches()) {
      String label = decimal.group(1).replace(" ", "");
      return numbered(2 + label.split("\\.").length, label, line, decimal.start(2));
    }
    Matcher letter = LETTER.matcher(line);
    if (letter.matches()) {
      return numbered(20, letter.group(1), line, letter.start(2));
    }
    Matcher leadIn = LEAD_IN.matcher(line);
    return leadIn.matches() ? regular(21, leadIn.group(1), "", line) : null;
  }

  /**
   * The start of the recipients and signature block, which closes every section; {@code null} if
   * not.
   */
  static HeadingLine closing(String line) {
    if (Lines.RECIPIENTS.matcher(line).matches() || SIGNATURE.matcher(line).matches()) {
      String label = line.endsWith(":") ? line.substring(0, line.length() - 1).strip() : line;
      return regular(CLOSING_RANK, label, "", line);
    }
    return null;
  }

  private static HeadingLine regular(int rank, String label, String title, String line) {
    return new HeadingLine(rank, label, title, line, false, false);
  }

  private static HeadingLine numbered(int rank, String label, String line, int titleStart) {
    String title = line.substring(titleStart);
    if (!Lines.endsSentence(title) && title.length() <= RUN_IN_LENGTH) {
      return regular(rank, label, title, line);
    }
    String shortTitle = firstClause(title);
    return new HeadingLine(
        rank, label, shortTitle, line.substring(0, titleStart) + shortTitle, true, false);
  }

  private static String firstClause(String text) {
    Matcher end = CLAUSE_END.matcher(text);
    String clause = end.find() ? text.substring(0, end.start()) : text;
    if (clause.length() <= MAX_TITLE) {
      return clause;
    }
    int space = clause.lastIndexOf(' ', MAX_TITLE);
    return clause.substring(0, space > 0 ? space : MAX_TITLE) + "…";
  }
}
