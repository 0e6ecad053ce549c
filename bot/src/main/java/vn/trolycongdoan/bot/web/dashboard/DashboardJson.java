package vn.trolycongdoan.bot.web.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.web.ApiJson;

/** Reading the dashboard's JSON requests and writing its times. */
final class DashboardJson {

  private static final String BAD_JSON = "Nội dung gửi lên không phải JSON hợp lệ.";
  private static final String BAD_ID = "Mã số trong đường dẫn không hợp lệ.";

  private DashboardJson() {}

  /** The request's JSON object. */
  static JsonNode body(Context ctx) {
    try {
      JsonNode body = ApiJson.mapper().readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw new InvalidRequestException(BAD_JSON);
      }
      return body;
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException(BAD_JSON);
    }
  }

  /** The text field {@code name} of {@code body}; {@code null} if absent or not text. */
  static String text(JsonNode body, String name) {
    JsonNode field = body.get(name);
    return field == null || !field.isTextual() ? null : field.asText();
  }

  /** The positive number in path parameter {@code id}. */
  static long id(Context ctx) {
    try {
      long id = Long.parseLong(ctx.pathParam("id"));
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidRequestException(BAD_ID);
  }

  /** A time as Việt Nam reads it, ISO 8601 with its offset; {@code null} stays {@code null}. */
  static String time(Instant at) {
    return at == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            at.truncatedTo(ChronoUnit.SECONDS).atZone(Period.ZONE));
  }
}
