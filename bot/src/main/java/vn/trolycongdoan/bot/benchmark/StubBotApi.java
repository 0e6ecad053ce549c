package vn.trolycongdoan.bot.benchmark;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Bot API that accepts everything at once, for the update benchmark: {@code getMe} names a bot,
 * {@code sendMessage} and {@code editMessageText} answer a message, every other method {@code
 * true}. Nothing is kept but a count of sends. Runs on a free port of 127.0.0.1.
 */
final class StubBotApi implements AutoCloseable {

  static final String TOKEN = "424242:benchmark-token";

  private final Javalin javalin;
  private final AtomicInteger sends = new AtomicInteger();

  private StubBotApi() {
    this.javalin =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.routes.post(
                  "/{bot}/{method}",
                  ctx ->
                      ctx.contentType("application/json").result(answer(ctx.pathParam("method"))));
            });
  }

  static StubBotApi start() {
    StubBotApi api = new StubBotApi();
    api.javalin.start("127.0.0.1", 0);
    return api;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + javalin.port());
  }

  /** How many messages the bot sent or edited. */
  int sends() {
    return sends.get();
  }

  private String answer(String method) {
    switch (method.toLowerCase(Locale.ROOT)) {
      case "getme":
        return "{\"ok\":true,\"result\":{\"id\":424242,\"is_bot\":true,\"first_name\":\"Bench\","
            + "\"username\":\"BenchBot\"}}";
      case "sendmessage":
      case "editmessagetext":
        int id = sends.incrementAndGet();
        return "{\"ok\":true,\"result\":{\"message_id\":"
            + id
            + ",\"date\":"
            + Instant.now().getEpochSecond()
            + ",\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"ok\"}}";
      default:
        return "{\"ok\":true,\"result\":true}";
    }
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
