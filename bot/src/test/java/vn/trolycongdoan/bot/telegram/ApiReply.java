package vn.trolycongdoan.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@link FakeBotApi} answers to one call: an HTTP status and a body, usually a Bot API
 * envelope.
 */
record ApiReply(int status, String body) {

  static ApiReply ok(JsonNode result) {
    ObjectNode envelope = UpdateJson.JSON.createObjectNode().put("ok", true);
    envelope.set("result", result);
    return new ApiReply(200, envelope.toString());
  }

  static ApiReply ok(boolean result) {
    return ok(UpdateJson.JSON.getNodeFactory().booleanNode(result));
  }

  static ApiReply error(int code, String description, Integer retryAfter) {
    ObjectNode envelope =
        UpdateJson.JSON
            .createObjectNode()
            .put("ok", false)
            .put("error_code", code)
            .put("description", description);
    if (retryAfter != null) {
      envelope.putObject("parameters").put("retry_after", retryAfter);
    }
    return new ApiReply(code, envelope.toString());
  }

  static ApiReply of(Failure failure) {
    if (failure.htmlBody()) {
      return new ApiReply(
          failure.code(),
          "<html><body><h1>"
              + failure.code()
              + " "
              + failure.description()
              + "</h1></body></html>");
    }
    return error(failure.code(), failure.description(), failure.retryAfter());
  }

  boolean isJson() {
    return body.startsWith("{");
  }
}
