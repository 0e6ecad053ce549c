package vn.trolycongdoan.bot.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.trolycongdoan.bot.chat.ExampleQuestions;

/**
 * {@code GET /} and its two assets: the web chat page, which talks to {@code POST /api/chat}.
 * Everything comes from the jar (no CDN, no web fonts), so the page works on a server without
 * internet. The page's policy allows scripts, styles and requests from this server only. The page
 * is rendered once, with the {@link ExampleQuestions} as its chips and in its hints.
 */
final class ChatPage {

  private static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
          + "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Asset page =
      new Asset(
          withExamples(Asset.text("web/index.html")).getBytes(StandardCharsets.UTF_8),
          "text/html; charset=utf-8");
  private final Asset script = Asset.load("web/chat.js", "text/javascript; charset=utf-8");
  private final Asset style = Asset.load("web/chat.css", "text/css; charset=utf-8");

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> page.handle(ctx.header("Content-Security-Policy", POLICY)));
    routes.get("/chat.js", script);
    routes.get("/chat.css", style);
  }

  /** The page with a chip per example and the first example in its hints. */
  static String withExamples(String page) {
    StringBuilder chips = new StringBuilder();
    for (ExampleQuestions.Example example : ExampleQuestions.ALL) {
      chips
          .append("<button type=\"button\" class=\"chip\" data-text=\"")
          .append(JarResources.escaped(example.question()))
          .append("\">")
          .append(JarResources.escaped(example.chip()))
          .append("</button>\n    ");
    }
    String first = ExampleQuestions.first();
    return page.replace("<!-- example chips -->", chips.toString().strip())
        .replace("{{example}}", JarResources.escaped(first))
        .replace(
            "{{example-url}}",
            JarResources.escaped(
                URLEncoder.encode(first, StandardCharsets.UTF_8).replace("+", "%20")));
  }

  /** A resource of the jar, read once, served with its type. */
  private record Asset(byte[] bytes, String contentType) implements Handler {

    static Asset load(String resource, String contentType) {
      return new Asset(JarResources.bytes(resource), contentType);
    }

    static String text(String resource) {
      return new String(JarResources.bytes(resource), StandardCharsets.UTF_8);
    }

    @Override
    public void handle(Context ctx) {
      ctx.header("Cache-Control", "no-cache");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.contentType(contentType).result(bytes);
    }
  }
}
