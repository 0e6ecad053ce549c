package vn.trolycongdoan.bot.reports.staffchat;

import vn.trolycongdoan.bot.library.Citation;
import vn.trolycongdoan.bot.library.DocumentLibrary;

/**
 * Names the plan passage a target cites as answers cite theirs (title, number, date, section),
 * looked up in the knowledge base; a document not in it is named by its id. Thread-safe.
 */
final class PlanCitations {

  private final DocumentLibrary library;

  PlanCitations(DocumentLibrary library) {
    this.library = library;
  }

  String cite(String document, String section) {
    return library
        .document(document)
        .map(outline -> Citation.of(outline.document(), section))
        .orElse(document + ", mục " + section);
  }
}
