package vn.trolycongdoan.knowledge.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns converter output into the canonical cleaned text that every offset of a {@link
 * SourceDocument} refers to.
 *
 * <p>The canonical form is one paragraph, heading or list item per line; lines separated by a
 * single {@code \n} ({@code \r\n} and {@code \r} are read as line ends); no blank lines; no
 * leading, trailing or repeated spaces; Unicode NFC without byte order mark.
 *
 * <p>Cleaning removes {@code [bookmark: …]} markers, markdown emphasis and heading marks, page
 * markers and stamp debris; puts a footnote's text in parentheses right after the word that refers
 * to it ({@code CCVCLĐ[footnoteRef:1] … [1: Công chức, viên chức]} becomes {@code CCVCLĐ (Công
 * chức, viên chức) …}); and joins hard-wrapped lines back into paragraphs while headings and list
 * items keep lines of their own.
 *
 * <p>Pure and thread-safe; never fails, whatever the input.
 */
public final class TextCleaner {

  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]\\n]*\\]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
  private static final Pattern ITALIC =
      Pattern.compile("(?<![*\\p{L}\\d])\\*(?=\\S)([^*]*?\\S)\\*(?![*\\p{L}\\d])");

  private TextCleaner() {}

  /** The canonical cleaned form of {@code raw}; empty when nothing readable is left. */
  public static String clean(String raw) {
    String text =
        Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\uFEFF", "").replace("\r\n", "\n");
    text = BOOKMARK.matcher(Footnotes.inline(text.replace('\r', '\n'))).replaceAll("");
    List<RawLine> lines = text.lines().map(TextCleaner::normalize).toList();
    return String.join("\n", Reflow.paragraphs(StampDebris.remove(lines)));
  }

  private static RawLine normalize(String line) {
    boolean forcedBreak = line.endsWith("  ");
    String text = SPACES.matcher(line).replaceAll(" ").strip();
    text = MARKDOWN_HEADING.matcher(text).replaceFirst("").replace("**", "");
    text = ITALIC.matcher(text).replaceAll("$1");
    text = SPACES.matcher(text).replaceAll(" ").strip();
    // Removed markup can leave a combining mark right after the letter it composes with. Reflow
    // joins lines with a
    // space or after a '/', which compose with nothing, so the joined text stays NFC.
    return new RawLine(Normalizer.normalize(text, Normalizer.Form.NFC), forcedBreak);
  }
}
