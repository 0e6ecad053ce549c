package vn.trolycongdoan.knowledge.ingest;

import java.util.List;

/**
 * A corpus file read, cleaned and cut into sections and passages.
 *
 * @param docId stable id derived from the path relative to the corpus root (e.g. {@code
 *     plans/001_241fc…})
 * @param fileName the file's name, e.g. {@code 001_241fc221d9dce001.txt}
 * @param contentHash SHA-256 of the file's bytes (and its sidecar's and member questions', if any),
 *     hex
 * @param text the cleaned text that all offsets refer to
 * @param sections the document's outline in reading order, preamble included, closing block
 *     (recipients, signature) left out
 * @param passages every passage, the closing block's included (with an empty section label)
 * @param questions the member questions written for it ({@link MemberQuestions}), if any
 */
public record SourceDocument(
    String docId,
    String fileName,
    String contentHash,
    DocumentMetadata metadata,
    String text,
    List<Section> sections,
    List<Passage> passages,
    List<MemberQuestions.Question> questions) {

  public SourceDocument {
    sections = List.copyOf(sections);
    passages = List.copyOf(passages);
    questions = List.copyOf(questions);
  }
}
