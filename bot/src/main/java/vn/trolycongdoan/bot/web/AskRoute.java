package vn.trolycongdoan.bot.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import vn.trolycongdoan.bot.ask.AskRequest;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.library.IndexingStatus;

/**
 * {@code GET /api/ask?q=…&k=…}: the answer to a question as {@code AskResult} JSON; 503 while the
 * first indexing runs and nothing is searchable yet, so that "nothing found" is never said for that
 * reason.
 */
final class AskRoute implements Handler {

  private final DocumentLibrary library;
  private final Settings settings;
  private final IndexingStatus indexing;

  AskRoute(DocumentLibrary library, Settings settings, IndexingStatus indexing) {
    this.library = library;
    this.settings = settings;
    this.indexing = indexing;
  }

  @Override
  public void handle(Context ctx) {
    AskRequest request = AskRequest.parse(ctx.queryParam("q"), ctx.queryParam("k"), settings);
    if (indexing.indexing() && library.documents().isEmpty()) {
      throw new NotReadyException(
          "Trợ lý đang lập chỉ mục các văn bản lần đầu. Vui lòng hỏi lại sau ít giây.");
    }
    ctx.json(library.ask(request.question(), request.k()));
  }
}
