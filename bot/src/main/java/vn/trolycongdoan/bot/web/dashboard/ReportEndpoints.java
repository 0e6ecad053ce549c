package vn.trolycongdoan.bot.web.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.library.PlanPassages;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.reminders.ReminderKind;
import vn.trolycongdoan.bot.reports.reminders.ReminderNow;
import vn.trolycongdoan.bot.reports.staff.ReportPeriods;
import vn.trolycongdoan.bot.reports.staff.ReportTable;
import vn.trolycongdoan.bot.reports.staff.ReportTableView;
import vn.trolycongdoan.bot.reports.staff.RollupView;
import vn.trolycongdoan.bot.reports.staff.StaffAccess;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffQuery;
import vn.trolycongdoan.bot.reports.staff.StaffReports;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.web.ApiJson;
import vn.trolycongdoan.bot.web.NotFoundException;
import vn.trolycongdoan.bot.web.StaffEndpoints;
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * The Báo cáo page ({@code /quanly/baocao}) and its API, scoped as {@link StaffAccess#query}: a
 * unit outside the account's subtree is a 403. {@code GET /api/quanly/reports/options} (the periods
 * offered and the default, the units of the subtree); {@code GET /api/quanly/reports?period=&unit=}
 * (the {@link ReportTableView}, the targets beside their rolled-up figures with the plan passage
 * each cites, completeness, and the units that have not reported with their reminders; the period
 * defaults to the open one, the unit to the top of the subtree); {@code GET
 * /api/quanly/reports/passage?document=&section=} (a cited passage's text, 404 when the index lacks
 * it); {@code POST /api/quanly/reports/remind} with {@code {"period", "unit"}} (a reminder now,
 * {@link ReminderNow}). Times are ISO 8601 in Việt Nam time.
 */
public final class ReportEndpoints implements StaffEndpoints {

  private static final String BAD_JSON =
      "Nội dung yêu cầu không phải JSON hợp lệ, ví dụ {\"period\": \"2026-H1\", \"unit\":"
          + " \"TDG-01\"}.";
  private static final String NO_UNIT = "Thiếu mã đơn vị cần nhắc (unit).";
  private static final String NO_PASSAGE = "Thiếu mã văn bản (document) hoặc mục (section).";

  private final StaffAccess access;
  private final StaffReports reports;
  private final ReportTable table;
  private final ReportPeriods periods;
  private final ReminderNow reminders;
  private final PlanPassages passages;
  private final UnitTree units;

  public ReportEndpoints(
      StaffAccess access,
      StaffReports reports,
      ReportTable table,
      ReportPeriods periods,
      ReminderNow reminders,
      PlanPassages passages,
      UnitTree units) {
    this.access = access;
    this.reports = reports;
    this.table = table;
    this.periods = periods;
    this.reminders = reminders;
    this.passages = passages;
    this.units = units;
  }

  @Override
  public void register(StaffRouter router) {
    router
        .page("/quanly/baocao", DashboardPage.named("baocao"))
        .get("/api/quanly/reports/options", (ctx, member) -> ctx.json(options(member)))
        .get("/api/quanly/reports", (ctx, member) -> ctx.json(view(query(ctx, member))))
        .get("/api/quanly/reports/passage", (ctx, member) -> ctx.json(passage(ctx)))
        .post("/api/quanly/reports/remind", this::remind);
  }

  private Map<String, Object> options(StaffMember member) {
    OrgUnit top = access.top(member);
    Map<String, Object> options = new LinkedHashMap<>();
    options.put(
        "periods",
        periods.offered().stream()
            .map(p -> Map.of("period", p.toString(), "label", p.label()))
            .toList());
    options.put("period", periods.current().toString());
    List<Map<String, Object>> subtree = new ArrayList<>();
    for (OrgUnit unit : units.subtree(top)) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("code", unit.code());
      entry.put("name", unit.name());
      entry.put("depth", units.depth(unit) - units.depth(top));
      subtree.add(entry);
    }
    options.put("units", subtree);
    options.put("unit", top.code());
    return options;
  }

  private StaffQuery query(Context ctx, StaffMember member) {
    String period = ctx.queryParam("period");
    return access.query(
        member,
        period == null || period.isBlank() ? periods.current().toString() : period,
        ctx.queryParam("unit"));
  }

  private Map<String, Object> view(StaffQuery query) {
    RollupView rollup = reports.rollup(query);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("table", table.table(query));
    view.put("targets", targets(rollup));
    view.put("completeness", rollup.completeness());
    view.put("missing", missing(query, rollup));
    String params =
        "?period=" + encode(query.period().toString()) + "&unit=" + encode(query.unit().code());
    view.put(
        "exports",
        Map.of(
            "csv",
            "/api/reports/export.csv" + params,
            "xlsx",
            "/api/reports/export.xlsx" + params));
    return view;
  }

  /** The indicators with a target, beside their figures and the passage each target cites. */
  private List<Map<String, Object>> targets(RollupView rollup) {
    List<Map<String, Object>> targets = new ArrayList<>();
    for (RollupView.Figure figure : rollup.indicators()) {
      RollupView.Target target = figure.target();
      if (target == null) {
        continue;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("code", figure.code());
      entry.put("name", figure.name());
      entry.put("unitOfMeasure", figure.unitOfMeasure());
      entry.put("value", figure.value());
      entry.put("target", target.value());
      entry.put("percent", percent(figure.value(), target.value()));
      entry.put("written", target.written());
      entry.put("when", target.when());
      entry.put("document", target.document());
      entry.put("section", target.section());
      entry.put("citation", passages.cite(target.document(), target.section()));
      entry.put(
          "passage",
          "/api/quanly/reports/passage?document="
              + encode(target.document())
              + "&section="
              + encode(target.section()));
      targets.add(entry);
    }
    return targets;
  }

  private List<Map<String, Object>> missing(StaffQuery query, RollupView rollup) {
    List<OrgUnit> missing =
        rollup.completeness().missing().stream()
            .map(unit -> units.byCode(unit.code()).orElseThrow())
            .toList();
    Map<String, ReminderNow.Standing> standing = reminders.standing(missing, query.period());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (OrgUnit unit : missing) {
      ReminderNow.Standing stands = standing.get(unit.code());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", unit.code());
      row.put("name", unit.name());
      row.put("reporters", stands.reporters());
      row.put("lastReminder", time(stands.lastAt()));
      row.put("lastByStaff", stands.lastKind() == ReminderKind.NOW);
      row.put("againFrom", time(stands.againFrom()));
      rows.add(row);
    }
    return rows;
  }

  private PlanPassages.Passage passage(Context ctx) {
    String document = ctx.queryParam("document");
    String section = ctx.queryParam("section");
    if (document == null || document.isBlank() || section == null || section.isBlank()) {
      throw new InvalidRequestException(NO_PASSAGE);
    }
    return passages
        .find(document, section)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Không có mục \"" + section + "\" của văn bản \"" + document + "\"."));
  }

  private void remind(Context ctx, StaffMember member) {
    JsonNode body;
    try {
      body = ApiJson.mapper().readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException(BAD_JSON);
    }
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(BAD_JSON);
    }
    String unit = body.path("unit").asText("");
    if (unit.isBlank()) {
      throw new InvalidRequestException(NO_UNIT);
    }
    String period = body.path("period").asText("");
    StaffQuery query =
        access.query(member, period.isBlank() ? periods.current().toString() : period, unit);
    ReminderNow.Sent sent = reminders.remind(query.unit(), query.period());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("unit", query.unit().code());
    answer.put("period", query.period().toString());
    answer.put("sentAt", time(sent.at()));
    answer.put("recipients", sent.recipients());
    answer.put("againFrom", time(sent.at().plus(ReminderNow.AGAIN_AFTER)));
    ctx.json(answer);
  }

  private static BigDecimal percent(BigDecimal value, BigDecimal target) {
    if (value == null || target == null || target.signum() == 0) {
      return null;
    }
    return value.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
  }

  private static String time(Instant at) {
    return at == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            at.truncatedTo(ChronoUnit.SECONDS).atZone(Period.ZONE));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
