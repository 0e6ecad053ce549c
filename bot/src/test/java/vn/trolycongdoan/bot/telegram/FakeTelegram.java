package vn.trolycongdoan.bot.telegram;

import static vn.trolycongdoan.bot.telegram.UpdateJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Bot API methods of {@link FakeBotApi} over its in-memory {@link FakeState}. One monitor
 * guards everything; {@code getUpdates} waits on it. Every refusal the fake makes on its own (not
 * an injected failure) is noted, so that a test ends by checking there was none it did not expect.
 */
final class FakeTelegram {

  static final String NOT_MODIFIED =
      "Bad Request: message is not modified: specified new message content and reply "
          + "markup are exactly the same as a current content and reply markup of the message";

  private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  final FakeState state;
  private final Map<String, Handler> methods = new HashMap<>();
  private int pollGeneration;

  FakeTelegram(FakeState state) {
    this.state = state;
    methods.put("getme", params -> ApiReply.ok(state.botUser()));
    methods.put("deletewebhook", params -> deleteWebhook());
    methods.put("setwebhook", this::setWebhook);
    methods.put("getwebhookinfo", params -> webhookInfo());
    methods.put("setmycommands", this::setMyCommands);
    methods.put("getupdates", this::getUpdates);
    methods.put("sendmessage", this::sendMessage);
    methods.put("sendphoto", params -> sendMedia(params, "photo"));
    methods.put("senddocument", params -> sendMedia(params, "document"));
    methods.put("editmessagetext", this::editMessageText);
    methods.put("answercallbackquery", this::answerCallbackQuery);
  }

  /** Answers one call; {@code method} in lower case. */
  ApiReply call(String method, JsonNode params) {
    Handler handler = methods.get(method);
    synchronized (state) {
      if (handler == null) {
        return state.refuse(method, new Refusal(404, "Not Found: method not found"));
      }
      try {
        return handler.handle(params);
      } catch (Refusal refusal) {
        return state.refuse(method, refusal);
      }
    }
  }

  private ApiReply deleteWebhook() {
    state.webhook = null;
    return ApiReply.ok(true);
  }

  private ApiReply setWebhook(JsonNode params) throws Refusal {
    String url = params.path("url").asText("");
    if (!url.startsWith("https://")) {
      throw Refusal.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    String secret = params.hasNonNull("secret_token") ? params.get("secret_token").asText() : null;
    if (secret != null && !SECRET.matcher(secret).matches()) {
      throw Refusal.badRequest("secret token contains unallowed characters");
    }
    List<String> allowed = new ArrayList<>();
    params.path("allowed_updates").forEach(kind -> allowed.add(kind.asText()));
    state.webhook = new FakeBotApi.Webhook(url, secret, allowed);
    return ApiReply.ok(true);
  }

  private ApiReply webhookInfo() {
    ObjectNode info =
        JSON.createObjectNode()
            .put("url", state.webhook == null ? "" : state.webhook.url())
            .put("has_custom_certificate", false)
            .put("pending_update_count", state.undelivered());
    return ApiReply.ok(info);
  }

  private ApiReply setMyCommands(JsonNode params) throws Refusal {
    List<FakeBotApi.Command> commands = new ArrayList<>();
    for (JsonNode command : params.path("commands")) {
      String name = command.path("command").asText("");
      String description = command.path("description").asText("");
      if (!COMMAND.matcher(name).matches()) {
        throw Refusal.badRequest("BOT_COMMAND_INVALID");
      }
      if (description.isBlank() || description.codePointCount(0, description.length()) > 256) {
        throw Refusal.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      }
      commands.add(new FakeBotApi.Command(name, description));
    }
    state.commands = List.copyOf(commands);
    return ApiReply.ok(true);
  }

  /**
   * Like Telegram: confirms updates below {@code offset}, then waits up to {@code timeout} seconds
   * for one.
   */
  private ApiReply getUpdates(JsonNode params) throws Refusal {
    if (state.webhook != null) {
      throw new Refusal(
          409,
          "Conflict: can't use getUpdates method while webhook is active; "
              + "use deleteWebhook to delete the webhook first");
    }
    int offset = params.path("offset").asInt(0);
    int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
    long deadline = System.nanoTime() + params.path("timeout").asLong(0) * 1_000_000_000L;
    state.confirmBelow(offset);
    int generation = ++pollGeneration;
    while (!state.closed
        && state.pending(offset, limit).isEmpty()
        && System.nanoTime() < deadline) {
      state.await(deadline);
      if (generation != pollGeneration) {
        return ApiReply.error(
            409,
            "Conflict: terminated by other getUpdates request; "
                + "make sure that only one bot instance is running",
            null);
      }
    }
    ArrayNode result = JSON.createArrayNode();
    for (FakeState.Queued update : state.pending(offset, limit)) {
      update.delivered = true;
      result.add(update.json);
    }
    state.changed();
    return ApiReply.ok(result);
  }

  private ApiReply sendMessage(JsonNode params) throws Refusal {
    long chatId = writableChat(params);
    MessageContent content = MessageContent.read(params);
    if (!state.admitSend(chatId, params.path("allow_paid_broadcast").asBoolean(false))) {
      return ApiReply.error(429, "Too Many Requests: retry after 1", 1);
    }
    SentMessage message = state.add(chatId, true, content);
    return ApiReply.ok(UpdateJson.message(message, state.botUser()));
  }

  private ApiReply sendMedia(JsonNode params, String field) throws Refusal {
    long chatId = writableChat(params);
    MessageContent content = MessageContent.readMedia(params, field);
    if (!state.admitSend(chatId, params.path("allow_paid_broadcast").asBoolean(false))) {
      return ApiReply.error(429, "Too Many Requests: retry after 1", 1);
    }
    SentMessage message = state.add(chatId, true, content);
    return ApiReply.ok(UpdateJson.message(message, state.botUser()));
  }

  private ApiReply editMessageText(JsonNode params) throws Refusal {
    if (!params.hasNonNull("message_id")) {
      throw Refusal.badRequest("message identifier is not specified");
    }
    long chatId = writableChat(params);
    int messageId = params.get("message_id").asInt();
    SentMessage old = state.find(chatId, messageId);
    if (old == null) {
      throw Refusal.badRequest("message to edit not found");
    }
    if (!old.fromBot()) {
      throw Refusal.badRequest("message can't be edited");
    }
    MessageContent content = MessageContent.read(params);
    if (content.sameAs(old)) {
      throw new Refusal(400, NOT_MODIFIED);
    }
    SentMessage edited =
        old.edited(content.text(), content.html(), content.entities(), content.keyboard());
    state.replace(edited);
    return ApiReply.ok(UpdateJson.message(edited, state.botUser()));
  }

  private ApiReply answerCallbackQuery(JsonNode params) throws Refusal {
    String id = params.path("callback_query_id").asText("");
    String text = params.hasNonNull("text") ? params.get("text").asText() : null;
    if (!state.openPresses.remove(id)) {
      throw Refusal.badRequest(
          "query is too old and response timeout expired or query ID is invalid");
    }
    if (text != null && text.length() > 200) {
      throw Refusal.badRequest("MESSAGE_TOO_LONG");
    }
    state.callbackAnswers.add(new FakeBotApi.CallbackAnswer(id, text));
    state.changed();
    return ApiReply.ok(true);
  }

  /**
   * The chat of a send or edit, if the bot may write there: it must exist and must not have blocked
   * the bot.
   */
  private long writableChat(JsonNode params) throws Refusal {
    long chatId = params.path("chat_id").asLong(0);
    if (!state.hasChat(chatId)) {
      throw Refusal.badRequest("chat not found");
    }
    if (state.blockedBy.contains(chatId)) {
      throw new Refusal(403, "Forbidden: bot was blocked by the user");
    }
    return chatId;
  }

  @FunctionalInterface
  private interface Handler {

    ApiReply handle(JsonNode params) throws Refusal;
  }
}
