package vn.trolycongdoan.bot.web;

import io.javalin.http.Context;
import java.util.List;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.knowledge.DocumentSummary;

/**
 * {@code GET /api/documents} and {@code GET /api/documents/<id>}, where an id may hold slashes, raw
 * or as %2F.
 */
final class DocumentRoutes {

  /** The body of the document list. */
  record DocumentList(List<DocumentSummary> documents) {}

  private final DocumentLibrary library;

  DocumentRoutes(DocumentLibrary library) {
    this.library = library;
  }

  void list(Context ctx) {
    ctx.json(new DocumentList(library.documents()));
  }

  void one(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        library
            .document(id)
            .orElseThrow(
                () -> new NotFoundException("Không có văn bản nào mang mã \"" + id + "\".")));
  }
}
