package vn.trolycongdoan.bot.web.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.broadcasts.AudienceChoices;
import vn.trolycongdoan.bot.broadcasts.BroadcastRequest;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.web.ApiJson;
import vn.trolycongdoan.bot.web.StaffEndpoints;
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * The Phát sóng page ({@code /quanly/phatsong}) and what it asks besides {@code /api/broadcasts}:
 * {@code GET /api/quanly/broadcasts/audiences}, the audiences the staff member may pick, and {@code
 * POST /api/quanly/broadcasts/preview}, the body of {@code POST /api/broadcasts} checked as it
 * would be and answered with the recipient count, creating nothing. Refusals are {@link
 * vn.trolycongdoan.bot.broadcasts.BroadcastException}s, as for creating.
 */
public final class BroadcastEndpoints implements StaffEndpoints {

  private static final String BAD_JSON =
      "Nội dung yêu cầu không phải JSON hợp lệ, ví dụ {\"text\": \"…\", \"audience\": {\"kind\":"
          + " \"all\"}}.";

  private final Broadcasts broadcasts;

  public BroadcastEndpoints(Broadcasts broadcasts) {
    this.broadcasts = broadcasts;
  }

  @Override
  public void register(StaffRouter router) {
    router
        .page("/quanly/phatsong", DashboardPage.named("phatsong"))
        .get("/api/quanly/broadcasts/audiences", this::audiences)
        .post("/api/quanly/broadcasts/preview", this::preview);
  }

  private void audiences(Context ctx, StaffMember member) {
    AudienceChoices choices = broadcasts.choices(member);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("all", choices.all());
    answer.put(
        "units",
        choices.units().stream()
            .map(
                unit ->
                    Map.of(
                        "code", unit.code(),
                        "name", unit.name(),
                        "level", unit.level().key(),
                        "depth", unit.level().ordinal()))
            .toList());
    answer.put(
        "tags",
        choices.tags().stream()
            .map(tag -> Map.of("key", tag.key(), "label", tag.label()))
            .toList());
    ctx.json(answer);
  }

  private void preview(Context ctx, StaffMember member) {
    BroadcastRequest request = BroadcastRequest.from(body(ctx), Period.ZONE);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("recipients", broadcasts.preview(member, request));
    answer.put("text", request.text());
    answer.put("scheduled", request.sendAt() != null);
    ctx.json(answer);
  }

  private static JsonNode body(Context ctx) {
    try {
      return ApiJson.mapper().readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException(BAD_JSON);
    }
  }
}
