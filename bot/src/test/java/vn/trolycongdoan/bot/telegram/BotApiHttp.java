package vn.trolycongdoan.bot.telegram;

import static vn.trolycongdoan.bot.telegram.UpdateJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The HTTP side of {@link FakeBotApi}: {@code /bot<token>/<method>} read into a method name and
 * parameters, the call recorded, an injected failure or the token check applied, the {@link
 * FakeTelegram} answer written back.
 */
final class BotApiHttp implements Handler {

  private static final Set<String> JSON_PARAMETERS =
      Set.of("reply_markup", "allowed_updates", "commands", "entities", "scope");

  private final String token;
  private final FakeState state;
  private final FakeTelegram telegram;

  BotApiHttp(String token, FakeState state, FakeTelegram telegram) {
    this.token = token;
    this.state = state;
    this.telegram = telegram;
  }

  @Override
  public void handle(Context ctx) throws InterruptedException {
    String method = ctx.pathParam("method").toLowerCase(Locale.ROOT);
    JsonNode params = params(ctx);
    boolean send = method.equals("sendmessage");
    Failure failure;
    long latencyMillis;
    synchronized (state) {
      state.requests.add(new RecordedRequest(method, params, state.clock.getAsLong()));
      failure = ctx.pathParam("bot").equals("bot" + token) ? state.takeFailure(method) : null;
      if (failure == null && send) {
        failure = state.stormFailure();
      }
      latencyMillis = send ? state.sendLatency.toMillis() : 0;
      if (send) {
        state.sendsUnderWay++;
        state.mostSendsAtOnce = Math.max(state.mostSendsAtOnce, state.sendsUnderWay);
      }
      state.changed();
    }
    try {
      answer(ctx, method, params, failure, latencyMillis);
    } finally {
      if (send) {
        synchronized (state) {
          state.sendsUnderWay--;
        }
      }
    }
  }

  private void answer(
      Context ctx, String method, JsonNode params, Failure failure, long latencyMillis)
      throws InterruptedException {
    if (failure != null && failure.delay() != null) {
      Thread.sleep(failure.delay().toMillis());
    }
    ApiReply reply;
    if (!ctx.pathParam("bot").equals("bot" + token)) {
      synchronized (state) {
        reply = state.refuse(method, new Refusal(401, "Unauthorized"));
      }
    } else if (failure != null && !failure.answersNormally()) {
      reply = ApiReply.of(failure);
    } else {
      Thread.sleep(latencyMillis);
      reply = telegram.call(method, params);
    }
    ctx.status(reply.status())
        .contentType(reply.isJson() ? "application/json" : "text/html")
        .result(reply.body());
  }

  private static JsonNode params(Context ctx) {
    ObjectNode params = JSON.createObjectNode();
    ctx.queryParamMap().forEach((name, values) -> params.set(name, value(name, values.get(0))));
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("application/json")) {
      JsonNode body = parse(ctx.body());
      body.fields()
          .forEachRemaining(
              field ->
                  params.set(
                      field.getKey(),
                      field.getValue().isTextual()
                          ? value(field.getKey(), field.getValue().asText())
                          : field.getValue()));
    } else if (type.startsWith("application/x-www-form-urlencoded")
        || type.startsWith("multipart/form-data")) {
      ctx.formParamMap().forEach((name, values) -> params.set(name, value(name, values.get(0))));
    }
    return params;
  }

  /** A text parameter; the JSON-valued ones sent as text (as forms carry them) are read as JSON. */
  private static JsonNode value(String name, String text) {
    String trimmed = text.strip();
    if (JSON_PARAMETERS.contains(name) && (trimmed.startsWith("{") || trimmed.startsWith("["))) {
      try {
        return JSON.readTree(trimmed);
      } catch (IOException e) {
        return TextNode.valueOf(text);
      }
    }
    return TextNode.valueOf(text);
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not JSON: " + json, e);
    }
  }
}
