package vn.trolycongdoan.bot.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /}: a small search page that asks {@code /api/ask}; self-contained, no assets from the internet. */
final class SearchPage implements Handler {

  private static final String RESOURCE = "web/index.html";

  private final String html;

  SearchPage() {
    try (InputStream in = SearchPage.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks " + RESOURCE);
      }
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading " + RESOURCE + " failed", e);
    }
  }

  @Override
  public void handle(Context ctx) {
    ctx.html(html);
  }
}
