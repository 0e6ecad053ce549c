package vn.trolycongdoan.bot.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import vn.trolycongdoan.bot.ask.AskRequest;
import vn.trolycongdoan.bot.config.Settings;

/** {@code GET /api/ask?q=…&k=…}: the answer to a question as {@code AskResult} JSON. */
final class AskRoute implements Handler {

  private final DocumentLibrary library;
  private final Settings settings;

  AskRoute(DocumentLibrary library, Settings settings) {
    this.library = library;
    this.settings = settings;
  }

  @Override
  public void handle(Context ctx) {
    AskRequest request = AskRequest.parse(ctx.queryParam("q"), ctx.queryParam("k"), settings);
    ctx.json(library.ask(request.question(), request.k()));
  }
}
