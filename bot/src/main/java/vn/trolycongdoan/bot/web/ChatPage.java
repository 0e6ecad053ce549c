package vn.trolycongdoan.bot.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /} and its two assets: the web chat page, which talks to {@code POST /api/chat}.
 * Everything comes from the jar (no CDN, no web fonts), so the page works on a server without
 * internet. The page's policy allows scripts, styles and requests from this server only.
 */
final class ChatPage {

  private static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
          + "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Asset page = Asset.load("web/index.html", "text/html; charset=utf-8");
  private final Asset script = Asset.load("web/chat.js", "text/javascript; charset=utf-8");
  private final Asset style = Asset.load("web/chat.css", "text/css; charset=utf-8");

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> page.handle(ctx.header("Content-Security-Policy", POLICY)));
    routes.get("/chat.js", script);
    routes.get("/chat.css", style);
  }

  /** A resource of the jar, read once, served with its type. */
  private record Asset(byte[] bytes, String contentType) implements Handler {

    static Asset load(String resource, String contentType) {
      try (InputStream in = ChatPage.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("The jar lacks " + resource);
        }
        return new Asset(in.readAllBytes(), contentType);
      } catch (IOException e) {
        throw new UncheckedIOException("Reading " + resource + " failed", e);
      }
    }

    @Override
    public void handle(Context ctx) {
      ctx.header("Cache-Control", "no-cache");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.contentType(contentType).result(bytes);
    }
  }
}
