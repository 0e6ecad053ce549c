package vn.trolycongdoan.bot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error answers (a bad URI or header, 414, 431, bad UTF-8 in the path, anything refused
 * before a route runs) as the API's JSON {@code {"error": …}} in Vietnamese instead of Jetty's HTML
 * page. Stateless and thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final HttpField JSON_TYPE =
      new HttpField(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString());

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    response.getHeaders().put(JSON_TYPE);
    response.getHeaders().put(ERROR_CACHE_CONTROL);
    response.write(true, body(response.getStatus()), callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(JSON_TYPE);
    return body(status);
  }

  static ByteBuffer body(int status) {
    try {
      byte[] json = ApiJson.mapper().writeValueAsBytes(new ApiError(ErrorTexts.forStatus(status)));
      return ByteBuffer.wrap(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An ApiError always serializes", e);
    }
  }

  static String text(int status) {
    return new String(body(status).array(), StandardCharsets.UTF_8);
  }
}
