package vn.trolycongdoan.bot.web.dashboard;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.suggestions.InboxEntry;
import vn.trolycongdoan.bot.suggestions.InboxFilter;
import vn.trolycongdoan.bot.suggestions.InboxPage;
import vn.trolycongdoan.bot.suggestions.SuggestionInbox;
import vn.trolycongdoan.bot.suggestions.SuggestionReply;
import vn.trolycongdoan.bot.suggestions.SuggestionStatus;
import vn.trolycongdoan.bot.suggestions.SuggestionThread;
import vn.trolycongdoan.bot.web.NotFoundException;
import vn.trolycongdoan.bot.web.StaffEndpoints;
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * The Kiến nghị page ({@code /quanly/kiennghi}) and its API over {@link SuggestionInbox}: {@code
 * GET /api/quanly/suggestions} (filters {@code status}, {@code q}, {@code from}, {@code to}, {@code
 * page}), {@code GET /api/quanly/suggestions/{id}} (with its replies), {@code POST
 * /api/quanly/suggestions/{id}/replies} ({@code {"text": …}}: sent to the member, answered 201) and
 * {@code PUT /api/quanly/suggestions/{id}/status} ({@code {"status": "in_progress"}}). A kiến nghị
 * the staff account may not see is answered 404, as one that does not exist. Texts go out as
 * stored; the page shows them as text.
 */
public final class SuggestionEndpoints implements StaffEndpoints {

  /** How much of a kiến nghị the inbox list shows. */
  private static final int PREVIEW_CHARS = 140;

  private final SuggestionInbox inbox;
  private final UnitTree units;

  public SuggestionEndpoints(SuggestionInbox inbox, UnitTree units) {
    this.inbox = inbox;
    this.units = units;
  }

  @Override
  public void register(StaffRouter router) {
    router
        .page("/quanly/kiennghi", DashboardPage.named("kiennghi"))
        .get("/api/quanly/suggestions", this::list)
        .get(
            "/api/quanly/suggestions/{id}",
            (ctx, member) -> ctx.json(thread(inbox.thread(member, DashboardJson.id(ctx)), ctx)))
        .post("/api/quanly/suggestions/{id}/replies", this::reply)
        .put("/api/quanly/suggestions/{id}/status", this::status);
  }

  private void list(Context ctx, StaffMember member) {
    InboxFilter filter =
        InboxFilter.parse(
            ctx.queryParam("status"),
            ctx.queryParam("q"),
            ctx.queryParam("from"),
            ctx.queryParam("to"),
            ctx.queryParam("page"));
    InboxPage page = inbox.list(member, filter);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("total", page.total());
    answer.put("page", page.page());
    answer.put("pages", page.pages());
    answer.put("pageSize", page.pageSize());
    answer.put("entries", page.entries().stream().map(this::entry).toList());
    ctx.json(answer);
  }

  private void reply(Context ctx, StaffMember member) {
    long id = DashboardJson.id(ctx);
    String text = DashboardJson.text(DashboardJson.body(ctx), "text");
    ctx.status(201).json(thread(inbox.reply(member, id, text), ctx));
  }

  private void status(Context ctx, StaffMember member) {
    long id = DashboardJson.id(ctx);
    String written = DashboardJson.text(DashboardJson.body(ctx), "status");
    ctx.json(thread(inbox.setStatus(member, id, SuggestionStatus.parse(written)), ctx));
  }

  private Map<String, Object> thread(Optional<SuggestionThread> found, Context ctx) {
    SuggestionThread thread =
        found.orElseThrow(
            () ->
                new NotFoundException(
                    "Không có kiến nghị mã "
                        + ctx.pathParam("id")
                        + " trong các đơn vị tài khoản này xem được."));
    Map<String, Object> view = entry(thread.entry());
    view.put("text", thread.entry().suggestion().text());
    view.put("deliverable", thread.deliverable());
    view.put("replies", thread.replies().stream().map(SuggestionEndpoints::reply).toList());
    return view;
  }

  private Map<String, Object> entry(InboxEntry entry) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", entry.suggestion().id());
    view.put("reference", entry.suggestion().reference());
    view.put("receivedAt", DashboardJson.time(entry.suggestion().receivedAt()));
    view.put("sender", entry.suggestion().from().displayName());
    view.put("channel", entry.suggestion().from().channel().name().toLowerCase(Locale.ROOT));
    view.put("unit", unit(entry.unitCode()));
    view.put("status", entry.status().key());
    view.put("statusBy", entry.statusBy());
    view.put("statusAt", DashboardJson.time(entry.statusAt()));
    view.put("replyCount", entry.replies());
    view.put("preview", preview(entry.suggestion().text()));
    return view;
  }

  private Map<String, Object> unit(String code) {
    if (code == null) {
      return null;
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("code", code);
    view.put("name", units.byCode(code).map(OrgUnit::name).orElse(null));
    return view;
  }

  private static Map<String, Object> reply(SuggestionReply reply) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", reply.id());
    view.put("text", reply.text());
    view.put("by", reply.by());
    view.put("at", DashboardJson.time(reply.at()));
    view.put("delivery", reply.delivery().key());
    return view;
  }

  private static String preview(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.codePointCount(0, flat.length()) <= PREVIEW_CHARS
        ? flat
        : flat.substring(0, flat.offsetByCodePoints(0, PREVIEW_CHARS)).strip() + "…";
  }
}
