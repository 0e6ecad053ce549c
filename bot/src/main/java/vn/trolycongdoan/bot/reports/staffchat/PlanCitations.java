package vn.trolycongdoan.bot.reports.staffchat;

import java.util.Optional;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.library.Citation;
import vn.trolycongdoan.bot.library.DocumentCatalog;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.knowledge.DocumentSummary;

/**
 * Names the plan passage a target cites as answers cite theirs (title, number, date, section),
 * looked up in the knowledge base, and makes the button that opens it; a document not in the index
 * is named by its id, without a button. Thread-safe.
 */
final class PlanCitations {

  private final DocumentLibrary library;
  private final DocumentCatalog catalog;

  PlanCitations(DocumentLibrary library) {
    this.library = library;
    this.catalog = new DocumentCatalog(library);
  }

  String cite(String document, String section) {
    return library
        .document(document)
        .map(outline -> Citation.of(outline.document(), section))
        .orElse(document + ", mục " + section);
  }

  /** "📄 38/KH-LĐLĐ, mục II › 2 › 2.4", showing the section's text when pressed. */
  Optional<Button> open(String document, String section) {
    String name =
        library
            .document(document)
            .map(outline -> outline.document())
            .map(PlanCitations::shortName)
            .orElse(document);
    return catalog.sectionButton(document, section, "📄 " + name + ", mục " + section);
  }

  private static String shortName(DocumentSummary document) {
    return document.number() != null ? document.number() : document.title();
  }
}
