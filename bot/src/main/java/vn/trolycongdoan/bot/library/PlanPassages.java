package vn.trolycongdoan.bot.library;

import java.util.Optional;
import vn.trolycongdoan.knowledge.DocumentOutline;

/**
 * The passage a plan's target cites, looked up in the knowledge base by document id and section
 * path ({@code II › 2 › 2.4}), with its citation as answers write theirs. Thread-safe.
 */
public final class PlanPassages {

  /**
   * A section of a document.
   *
   * @param document the document's id
   * @param section the section's path
   * @param citation title, number, date and section
   * @param heading the section's own heading line
   * @param text the section's text, heading excluded
   */
  public record Passage(
      String document, String section, String citation, String heading, String text) {}

  private final DocumentLibrary library;

  public PlanPassages(DocumentLibrary library) {
    this.library = library;
  }

  /** The section; empty when the index lacks the document or the section. */
  public Optional<Passage> find(String document, String section) {
    Optional<DocumentOutline> outline = library.document(document);
    return outline.flatMap(
        found ->
            found.sections().stream()
                .filter(entry -> entry.section().equals(section))
                .findFirst()
                .map(
                    entry ->
                        new Passage(
                            document,
                            section,
                            Citation.of(found.document(), section),
                            entry.heading(),
                            entry.text())));
  }

  /** The citation of the section, or its document id and section when the index lacks it. */
  public String cite(String document, String section) {
    return library
        .document(document)
        .map(outline -> Citation.of(outline.document(), section))
        .orElse(document + ", mục " + section);
  }
}
