package vn.trolycongdoan.bot.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.library.IndexingStatus;
import vn.trolycongdoan.knowledge.DocumentSummary;

/**
 * {@code GET /health}: the service is up, what the index holds and whether it is being refreshed.
 */
final class HealthRoute implements Handler {

  /** The body of {@code /health}. */
  record Health(String status, int documents, int passages, boolean indexing) {}

  private final DocumentLibrary library;
  private final IndexingStatus indexing;

  HealthRoute(DocumentLibrary library, IndexingStatus indexing) {
    this.library = library;
    this.indexing = indexing;
  }

  @Override
  public void handle(Context ctx) {
    List<DocumentSummary> documents = library.documents();
    int passages = documents.stream().mapToInt(DocumentSummary::passages).sum();
    ctx.json(new Health("ok", documents.size(), passages, indexing.indexing()));
  }
}
