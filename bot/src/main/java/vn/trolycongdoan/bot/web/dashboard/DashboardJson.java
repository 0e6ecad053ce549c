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

/** What the dashboard's JSON endpoints share: times in Việt Nam time, bodies and ids read. */
final class DashboardJson {

  private DashboardJson() {}

  /** {@code at} to the second with Việt Nam's offset, e.g. {@code 2026-12-01T09:00:00+07:00}. */
  static String time(Instant at) {
    return at == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            at.truncatedTo(ChronoUnit.SECONDS).atZone(Period.ZONE));
  }

  /**
   * The request's JSON object.
   *
   * @param example what a good body looks like, for the error message
   * @throws InvalidRequestException if the body is not a JSON object
   */
  static JsonNode body(Context ctx, String example) {
    JsonNode body;
    try {
      body = ApiJson.mapper().readTree(ctx.body());
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(
          "Nội dung yêu cầu không phải JSON hợp lệ, ví dụ " + example + ".");
    }
    return body;
  }

  /** The text field {@code name} of {@code body}; {@code null} if it is missing or not text. */
  static String text(JsonNode body, String name) {
    JsonNode field = body.get(name);
    return field == null || !field.isTextual() ? null : field.asText();
  }

  /**
   * The path parameter {@code id} as a positive number.
   *
   * @param example a good path, for the error message
   */
  static long id(Context ctx, String example) {
    try {
      long id = Long.parseLong(ctx.pathParam("id"));
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidRequestException("Mã phải là một số nguyên dương, ví dụ " + example + ".");
  }
}
