package vn.trolycongdoan.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a cleaned document into passages, the unit of search.
 *
 * <p>Each section with text of its own gives passages; its heading line is not part of the text but
 * is kept in {@link Passage#heading()}. A law's article gives one passage for its text before the
 * first khoản and one for each khoản ({@code 1. …} with its điểm and continuation lines), numbered
 * in {@link Passage#clause()}; a law's appendix likewise one per numbered item. Any other section
 * is one block. A block up to 1200 characters is one passage; a longer one is cut at sentence ends
 * into pieces of at most 800 characters, each piece repeating the last sentence of the one before
 * (a single sentence longer than 800 characters is cut at spaces). Passage offsets index the
 * cleaned text: {@code text.substring(start, end)} equals {@link Passage#text()}. Pure and
 * thread-safe.
 */
public final class PassageSplitter {

  static final int SPLIT_ABOVE = 1200;
  static final int MAX_PIECE = 800;

  private PassageSplitter() {}

  /**
   * The passages of {@code cleanText}, the output of {@link TextCleaner#clean}, numbered from 0.
   */
  public static List<Passage> split(String docId, String cleanText) {
    return split(docId, cleanText, SectionParser.outline(cleanText));
  }

  static List<Passage> split(String docId, String text, List<OutlineEntry> outline) {
    List<Passage> passages = new ArrayList<>();
    for (OutlineEntry entry : outline) {
      Section section = entry.section();
      Span body = new Span(entry.bodyStart(), section.end()).trimmedIn(text);
      if (body.length() == 0) {
        continue;
      }
      List<String> titles = section.path().stream().map(Heading::title).toList();
      for (NumberedBlocks.Block block : blocks(text, body, section)) {
        Span span = block.span();
        String clause = ownLabel(section).startsWith("Điều ") ? block.number() : "";
        for (Span piece : span.length() <= SPLIT_ABOVE ? List.of(span) : pieces(text, span)) {
          passages.add(
              new Passage(
                  docId,
                  passages.size(),
                  section.label(),
                  entry.headingLine(),
                  titles,
                  clause,
                  text.substring(piece.start(), piece.end()),
                  piece.start(),
                  piece.end()));
        }
      }
    }
    return passages;
  }

  /** A law's article or appendix by its numbered items; any other section whole. */
  private static List<NumberedBlocks.Block> blocks(String text, Span body, Section section) {
    String own = ownLabel(section);
    return own.startsWith("Điều ") || own.startsWith("Phụ lục")
        ? NumberedBlocks.of(text, body)
        : List.of(new NumberedBlocks.Block(body, ""));
  }

  private static String ownLabel(Section section) {
    List<Heading> path = section.path();
    return path.isEmpty() ? "" : path.get(path.size() - 1).label();
  }

  private static List<Span> pieces(String text, Span body) {
    List<Span> sentences = new ArrayList<>();
    for (Span sentence : Sentences.in(text, body)) {
      sentences.addAll(cutLong(text, sentence));
    }
    List<Span> pieces = new ArrayList<>();
    int first = 0;
    while (first < sentences.size()) {
      int last = first;
      while (last + 1 < sentences.size()
          && sentences.get(last + 1).end() - sentences.get(first).start() <= MAX_PIECE) {
        last++;
      }
      pieces.add(new Span(sentences.get(first).start(), sentences.get(last).end()));
      boolean overlap =
          last > first
              && last + 1 < sentences.size()
              && sentences.get(last + 1).end() - sentences.get(last).start() <= MAX_PIECE;
      first = overlap ? last : last + 1;
    }
    return pieces;
  }

  private static List<Span> cutLong(String text, Span sentence) {
    List<Span> cuts = new ArrayList<>();
    int start = sentence.start();
    while (sentence.end() - start > MAX_PIECE) {
      int space = text.lastIndexOf(' ', start + MAX_PIECE);
      int end = space > start ? space : start + MAX_PIECE;
      cuts.add(new Span(start, end).trimmedIn(text));
      start = end;
    }
    cuts.add(new Span(start, sentence.end()).trimmedIn(text));
    cuts.removeIf(cut -> cut.length() == 0);
    return cuts;
  }
}
