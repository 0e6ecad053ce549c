package vn.trolycongdoan.knowledge.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.ingest.DocumentMetadata;
import vn.trolycongdoan.knowledge.ingest.Section;
import vn.trolycongdoan.knowledge.ingest.SourceDocument;

/** What the index keeps of a source document besides its passages: identity, metadata and outline. */
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

  /** A section of the outline: its span of the document's cleaned text. */
  record OutlineSection(String label, String heading, int level, int start, int end) {}

  static DocumentRecord of(SourceDocument source) {
    DocumentMetadata meta = source.metadata();
    List<OutlineSection> sections = source.sections().stream().map(DocumentRecord::outlineOf).toList();
    return new DocumentRecord(source.docId(), source.fileName(), source.contentHash(), meta.kind(),
        meta.number(), meta.issuer(), meta.place(), meta.date() == null ? null : meta.date().toString(),
        meta.title(), meta.signer(), source.passages().size(), sections);
  }

  private static OutlineSection outlineOf(Section section) {
    var path = section.path();
    String heading = path.isEmpty() ? "" : headingLine(path.get(path.size() - 1));
    return new OutlineSection(section.label(), heading, Math.max(0, path.size() - 1), section.start(),
        section.end());
  }

  static String headingLine(vn.trolycongdoan.knowledge.ingest.Heading heading) {
    return heading.title().isBlank() ? heading.label() : heading.label() + ". " + heading.title();
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
    return new DocumentSummary(docId, file, kind, number, citedTitle(), date, issuer, place, signer, passages);
  }

  DocumentOutline outline(String text) {
    List<DocumentOutline.Entry> entries = sections.stream()
        .map(s -> new DocumentOutline.Entry(s.label(), s.heading(), s.level(),
            bodyOf(text, s)))
        .toList();
    return new DocumentOutline(summary(), entries);
  }

  private static String bodyOf(String text, OutlineSection section) {
    int end = Math.min(section.end(), text.length());
    String body = text.substring(Math.min(section.start(), end), end).strip();
    return body.startsWith(section.heading()) ? body.substring(section.heading().length()).strip() : body;
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
