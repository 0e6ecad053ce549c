package vn.trolycongdoan.bot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.broadcasts.Audience;
import vn.trolycongdoan.bot.broadcasts.Broadcast;
import vn.trolycongdoan.bot.broadcasts.BroadcastCounts;
import vn.trolycongdoan.bot.broadcasts.BroadcastRequest;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.staff.StaffMember;

/**
 * The staff broadcast API, each route behind {@link StaffAuth} as {@link StaffRoutes}: {@code POST
 * /api/broadcasts} creates one ({@link BroadcastRequest}), {@code GET /api/broadcasts} lists those
 * the token reaches, {@code GET /api/broadcasts/{id}} gives one with its counts, and {@code POST
 * /api/broadcasts/{id}/pause|resume|cancel} change it. Times are written in Việt Nam time. Refusals
 * are {@link vn.trolycongdoan.bot.broadcasts.BroadcastException}s, answered by {@link ApiErrors}.
 */
final class BroadcastRoutes implements StaffEndpoints {

  private static final String BAD_JSON =
      "Nội dung yêu cầu không phải JSON hợp lệ, ví dụ {\"text\": \"…\", \"audience\": {\"kind\":"
          + " \"all\"}}.";
  private static final String BAD_ID =
      "Mã đợt phát tin phải là một số nguyên dương, ví dụ /api/broadcasts/3.";

  private final Broadcasts broadcasts;

  BroadcastRoutes(Broadcasts broadcasts) {
    this.broadcasts = broadcasts;
  }

  @Override
  public void register(StaffRouter router) {
    router
        .post("/api/broadcasts", this::create)
        .get(
            "/api/broadcasts",
            (ctx, member) ->
                ctx.json(broadcasts.visibleTo(member).stream().map(this::view).toList()))
        .get(
            "/api/broadcasts/{id}",
            (ctx, member) -> ctx.json(view(broadcasts.get(member, id(ctx)))))
        .post(
            "/api/broadcasts/{id}/pause",
            (ctx, member) -> ctx.json(view(broadcasts.pause(member, id(ctx)))))
        .post(
            "/api/broadcasts/{id}/resume",
            (ctx, member) -> ctx.json(view(broadcasts.resume(member, id(ctx)))))
        .post(
            "/api/broadcasts/{id}/cancel",
            (ctx, member) -> ctx.json(view(broadcasts.cancel(member, id(ctx)))));
  }

  private void create(Context ctx, StaffMember member) {
    JsonNode body;
    try {
      body = ApiJson.mapper().readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException(BAD_JSON);
    }
    Broadcast created = broadcasts.create(member, BroadcastRequest.from(body, Period.ZONE));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", created.id());
    answer.put("recipients", created.recipients());
    answer.put("state", created.state().key());
    ctx.status(201).json(answer);
  }

  private static long id(Context ctx) {
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

  private Map<String, Object> view(Broadcast broadcast) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", broadcast.id());
    view.put("text", broadcast.text());
    view.put("audience", audience(broadcast.audience()));
    view.put("createdBy", broadcast.createdBy());
    view.put("createdAt", vietnamTime(broadcast.createdAt()));
    view.put("sendAt", vietnamTime(broadcast.sendAt()));
    view.put("state", broadcast.state().key());
    view.put("recipients", broadcast.recipients());
    BroadcastCounts counts = broadcasts.counts(broadcast.id());
    Map<String, Integer> byOutcome = new LinkedHashMap<>();
    byOutcome.put("queued", counts.queued());
    byOutcome.put("sent", counts.sent());
    byOutcome.put("blocked", counts.blocked());
    byOutcome.put("failed", counts.failed());
    byOutcome.put("unknown", counts.unknown());
    byOutcome.put("cancelled", counts.cancelled());
    view.put("counts", byOutcome);
    return view;
  }

  private static Map<String, Object> audience(Audience audience) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("kind", audience.kind().key());
    if (audience.kind() == Audience.Kind.UNIT) {
      view.put("unit", audience.unitCode());
      view.put("subtree", audience.subtree());
    } else if (audience.kind() == Audience.Kind.TAG) {
      view.put("tag", audience.tag());
    }
    return view;
  }

  private static String vietnamTime(Instant at) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        at.truncatedTo(ChronoUnit.SECONDS).atZone(Period.ZONE));
  }
}
