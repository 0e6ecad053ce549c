package vn.trolycongdoan.bot.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatTexts;
import vn.trolycongdoan.bot.chat.FloodControl;

/**
 * {@code POST /api/chat}: one message of the web chat to the chat core, and the core's replies back
 * as {@link WebChatResponse} JSON. A bad body is answered with a JSON error (400, 413 or 415)
 * before the core sees it. A message from a client address over its flood limit gets the flood
 * notice (once, then empty answers) before any session is issued or anything stored; otherwise the
 * message is the session's ({@link SessionCookie}), whose own flood limit the core applies.
 */
final class ChatRoute implements Handler {

  static final int MAX_BODY_BYTES = 32 * 1024;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final ChatHandler chat;
  private final SessionCookie sessions;
  private final FloodControl addresses;

  ChatRoute(ChatHandler chat, SessionCookie sessions, FloodControl addresses) {
    this.chat = chat;
    this.sessions = sessions;
    this.addresses = addresses;
  }

  @Override
  public void handle(Context ctx) {
    requireJson(ctx.contentType());
    ChatRequest request = ChatRequest.from(parse(body(ctx)));
    ChatResponse response =
        switch (addresses.checkAddress(ctx.ip())) {
          case IGNORE -> ChatResponse.ignored();
          case WARN -> ChatResponse.text(ChatTexts.FLOOD_NOTICE);
          case ALLOW -> chat.handle(request.toMessage(sessions.chatId(ctx)));
        };
    ctx.json(WebChatResponse.of(response));
  }

  /** {@code GET /api/chat}: a JSON 405 that says how to use the route. */
  static void methodNotAllowed(Context ctx) {
    ctx.header("Allow", "POST");
    ctx.status(405)
        .json(new ApiError("Hãy gửi tin nhắn bằng POST /api/chat với JSON {\"text\": \"…\"}."));
  }

  private static void requireJson(String contentType) {
    String mediaType =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      throw new UnsupportedContentTypeException("Yêu cầu phải có Content-Type: application/json.");
    }
  }

  private static byte[] body(Context ctx) {
    if (ctx.contentLength() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the chat request body failed", e);
    }
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode tree = JSON.readTree(body);
      if (tree.isMissingNode()) {
        throw new InvalidRequestException("Nội dung yêu cầu đang trống: cần một đối tượng JSON.");
      }
      return tree;
    } catch (JacksonException e) {
      throw new InvalidRequestException("Nội dung yêu cầu không phải JSON hợp lệ.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BodyTooLargeException tooLarge() {
    return new BodyTooLargeException("Nội dung yêu cầu vượt quá " + MAX_BODY_BYTES / 1024 + " KB.");
  }
}
