package vn.trolycongdoan.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a cleaned document into passages, the unit of search.
 *
 * <p>Each section with text of its own gives passages; its heading line is not part of the text but
 * is kept in {@link Passage#heading()}. A section text up to 1200 characters is one passage; a
 * longer one is cut at sentence ends into pieces of at most 800 characters, each piece repeating
 * the last sentence of the one before (a single sentence longer than 800 characters is cut at
 * spaces). Passage offsets index the cleaned text: {@code text.substring(start, end)} equals {@link
 * Passage#text()}. Pure and thread-safe.
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
      for (Span piece : body.length() <= SPLIT_ABOVE ? List.of(body) : pieces(text, body)) {
        passages.add(
            new Passage(
                docId,
                passages.size(),
                section.label(),
                entry.headingLine(),
                titles,
                text.substring(piece.start(), piece.end()),
                piece.start(),
                piece.end()));
      }
    }
    return passages;
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
