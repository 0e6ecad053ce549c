package vn.trolycongdoan.knowledge.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.ingest.DocumentMetadata;
import vn.trolycongdoan.knowledge.ingest.Passage;
import vn.trolycongdoan.knowledge.ingest.Section;
import vn.trolycongdoan.knowledge.ingest.SourceDocument;

/**
 * What the index keeps of a source document besides its passages: identity, metadata and outline.
 */
record DocumentRecord(
    String docId,
    String file,
    String hash,
    String kind,
    String number,
    String issuer,
    String place,
    String date,
    String title,
    String signer,
    int passages,
    List<OutlineSection> sections) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A section of the outline: its heading line and the span of its own text in the cleaned text.
   */
  record OutlineSection(String label, String heading, int level, int bodyStart, int bodyEnd) {}

  static DocumentRecord of(SourceDocument source) {
    DocumentMetadata meta = source.metadata();
    List<OutlineSection> sections =
        source.sections().stream().map(s -> outlineOf(s, source)).toList();
    return new DocumentRecord(
        source.docId(),
        source.fileName(),
        source.contentHash(),
        meta.kind(),
        meta.number(),
        meta.issuer(),
        meta.place(),
        meta.date() == null ? null : meta.date().toString(),
        meta.title(),
        meta.signer(),
        source.passages().size(),
        sections);
  }

  /**
   * A section's body is the span of its passages; a section without passages is its heading alone.
   */
  private static OutlineSection outlineOf(Section section, SourceDocument source) {
    List<Passage> own =
        source.passages().stream()
            .filter(p -> p.start() >= section.start() && p.start() < section.end())
            .toList();
    int level = Math.max(0, section.path().size() - 1);
    if (own.isEmpty()) {
      String heading = source.text().substring(section.start(), section.end()).strip();
      return new OutlineSection(section.label(), heading, level, section.end(), section.end());
    }
    return new OutlineSection(
        section.label(),
        own.get(0).heading(),
        level,
        own.get(0).start(),
        own.get(own.size() - 1).end());
  }

  /** The title to cite: the document's trích yếu, else its kind and number, else its file name. */
  String citedTitle() {
    if (title != null && !title.isBlank()) {
      return title;
    }
    if (kind != null) {
      return number == null ? kind : kind + " " + number;
    }
    return file;
  }

  DocumentSummary summary() {
    return new DocumentSummary(
        docId, file, kind, number, citedTitle(), date, issuer, place, signer, passages);
  }

  DocumentOutline outline(String text) {
    List<DocumentOutline.Entry> entries =
        sections.stream()
            .map(s -> new DocumentOutline.Entry(s.label(), s.heading(), s.level(), bodyOf(text, s)))
            .toList();
    return new DocumentOutline(summary(), entries);
  }

  private static String bodyOf(String text, OutlineSection section) {
    return text.substring(section.bodyStart(), section.bodyEnd());
  }

  String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DocumentRecord fromJson(String json) {
    try {
      return JSON.readValue(json, DocumentRecord.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
