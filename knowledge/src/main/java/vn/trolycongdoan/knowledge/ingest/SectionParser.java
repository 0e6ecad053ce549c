package vn.trolycongdoan.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a cleaned document into sections by its headings.
 *
 * <p>A document with at least two {@code Điều N.} lines is read as a law: only {@code Chương},
 * {@code Mục}, {@code Điều} and {@code Phụ lục} are headings, so an article with its khoản ({@code
 * 1.}) and điểm ({@code a)}) is one section, and an appendix (even after the signature) is a
 * top-level section of its own. An article line whose words end a sentence is run in like a
 * numbered paragraph. A quoted article ({@code “Điều 54. …}, inside an amending article) is text.
 * Any other document is read as a plan: headings are roman numerals with an upper-case title
 * ({@code II. MỤC TIÊU}), {@code Nhóm N:}, decimals ({@code 1.}, {@code 1.1.}, {@code 3. 2.}) and
 * letters ({@code a)}); bullets are never headings. A numbered line that ends a sentence or runs
 * past 200 characters is a paragraph, not a title: its first clause becomes the title and the whole
 * line stays section text.
 *
 * <p>Nesting follows a fixed rank, outermost first: Chương and Phụ lục, Mục, Điều; roman, Nhóm,
 * decimals by depth, letters. A heading closes every open heading of the same or a lower rank, so
 * skipped or out-of-order numbering still yields a path. The {@code Nơi nhận:} line (or, failing
 * that, the signature line such as {@code TM. BAN THƯỜNG VỤ}) within the last 30 lines opens the
 * closing block that holds the rest of the text (but for a law's appendix): a section with an empty
 * path, like the preamble, since "Nơi nhận" is no part of the document's outline.
 *
 * <p>Sections come in reading order and tile the text: the first starts at 0, each ends where the
 * next starts, the last ends at the text's length. Text before the first heading is a section with
 * an empty path. Pure and thread-safe; never fails, whatever the input.
 */
public final class SectionParser {

  private static final Pattern ARTICLE_LINE = Pattern.compile("(?m)^Điều\\s+\\d+[a-z]?\\.");
  private static final int CLOSING_WINDOW = 30;

  private SectionParser() {}

  /**
   * The sections of {@code cleanText}, the output of {@link TextCleaner#clean}; empty for an empty
   * text.
   */
  public static List<Section> parse(String cleanText) {
    return outline(cleanText).stream().map(OutlineEntry::section).toList();
  }

  static List<OutlineEntry> outline(String text) {
    boolean law = ARTICLE_LINE.matcher(text).results().limit(2).count() == 2;
    List<String> lines = List.of(text.split("\n", -1));
    List<Open> open = new ArrayList<>();
    List<OutlineEntry> entries = new ArrayList<>();
    boolean closed = false;
    int offset = 0;
    for (int i = 0; i < lines.size(); i++) {
      String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      HeadingLine heading =
          closed
              ? (law ? HeadingLine.appendix(lines.get(i), next) : null)
              : recognise(lines.get(i), next, law, lines.size() - i <= CLOSING_WINDOW);
      if (heading != null) {
        closed = heading.rank() == HeadingLine.CLOSING_RANK;
        entries.add(enter(heading, open, offset, text, lines.get(i), next));
      }
      offset = Math.min(text.length(), offset + lines.get(i).length() + 1);
      if (heading != null && heading.titleOnNextLine()) {
        i++;
        offset = Math.min(text.length(), offset + next.length() + 1);
      }
    }
    return tile(entries, text);
  }

  private static HeadingLine recognise(String line, String next, boolean law, boolean nearEnd) {
    HeadingLine closing = nearEnd ? HeadingLine.closing(line) : null;
    if (closing != null) {
      return closing;
    }
    return law ? HeadingLine.legal(line, next) : HeadingLine.plan(line);
  }

  private static OutlineEntry enter(
      HeadingLine heading, List<Open> open, int start, String text, String line, String next) {
    boolean closing = heading.rank() == HeadingLine.CLOSING_RANK;
    open.removeIf(o -> o.rank() >= heading.rank());
    if (!closing) {
      open.add(
          new Open(heading.rank(), new Heading(heading.label(), heading.title(), open.size())));
    }
    int lineEnd = Math.min(text.length(), start + line.length() + 1);
    int bodyStart =
        heading.runIn()
            ? start
            : heading.titleOnNextLine()
                ? Math.min(text.length(), lineEnd + next.length() + 1)
                : lineEnd;
    List<Heading> path = open.stream().map(Open::heading).toList();
    return new OutlineEntry(
        new Section(path, start, text.length()),
        closing ? "" : heading.written(),
        closing ? start : bodyStart,
        closing);
  }

  /** Adds the preamble and sets each section's end to the next one's start. */
  private static List<OutlineEntry> tile(List<OutlineEntry> entries, String text) {
    List<OutlineEntry> tiled = new ArrayList<>(entries.size() + 1);
    int firstStart = entries.isEmpty() ? text.length() : entries.get(0).section().start();
    if (firstStart > 0) {
      tiled.add(new OutlineEntry(new Section(List.of(), 0, firstStart), "", 0, false));
    }
    for (int i = 0; i < entries.size(); i++) {
      OutlineEntry entry = entries.get(i);
      int end = i + 1 < entries.size() ? entries.get(i + 1).section().start() : text.length();
      Section section = new Section(entry.section().path(), entry.section().start(), end);
      tiled.add(
          new OutlineEntry(
              section, entry.headingLine(), Math.min(entry.bodyStart(), end), entry.closing()));
    }
    return tiled;
  }

  private record Open(int rank, Heading heading) {}
}
