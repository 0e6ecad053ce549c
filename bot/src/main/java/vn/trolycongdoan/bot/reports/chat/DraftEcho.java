package vn.trolycongdoan.bot.reports.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.store.ReportValue;

/**
 * The confirmation of a draft: its unit, each period with its deadline, every value with its unit
 * of measure, and the buttons ✅ Xác nhận / ✏️ Sửa / ❌ Hủy. Pure and thread-safe.
 */
final class DraftEcho {

  static final String PREFIX = "bc";
  static final String CONFIRM = "ok";
  static final String EDIT = "sua";
  static final String CANCEL = "huy";
  static final String UNIT = "dv";

  private final ValueLines lines;
  private final Deadlines deadlines;

  DraftEcho(ValueLines lines, Deadlines deadlines) {
    this.lines = lines;
    this.deadlines = deadlines;
  }

  Reply confirmation(ReportDraft draft) {
    FormattedText.Builder text =
        FormattedText.builder()
            .bold("Kiểm tra báo cáo trước khi lưu")
            .newline()
            .plain("Đơn vị: ")
            .bold(lines.unit(draft.unitCode()));
    byPeriod(draft.values())
        .forEach(
            (period, values) -> {
              text.newline()
                  .plain("Kỳ: ")
                  .bold(period.label())
                  .plain(" (hạn nộp " + deadlines.label(period) + ")");
              for (ReportValue value : values) {
                text.newline()
                    .plain("• " + lines.indicator(value.indicator()) + ": ")
                    .bold(lines.value(value.indicator(), value.value()));
              }
            });
    if (draft.periodDefaulted()) {
      text.newline()
          .italic(
              "Tin nhắn không ghi kỳ nên trợ lý lấy kỳ đang mở của từng chỉ tiêu. Muốn báo cáo kỳ"
                  + " khác, hãy bấm ✏️ Sửa và ghi kỳ, ví dụ 6T/2026.");
    }
    text.newline().plain("Số liệu chỉ được lưu khi bạn bấm ✅ Xác nhận.");
    return Reply.of(
        text.build(),
        List.of(
            List.of(
                ButtonData.of(PREFIX, CONFIRM, draft.id()).button("✅ Xác nhận"),
                ButtonData.of(PREFIX, EDIT, draft.id()).button("✏️ Sửa"),
                ButtonData.of(PREFIX, CANCEL, draft.id()).button("❌ Hủy"))));
  }

  /** Asks which of the sender's units the draft is for, one button each. */
  Reply unitChoice(ReportDraft draft, List<String> unitCodes) {
    List<List<Button>> rows =
        unitCodes.stream()
            .map(
                code ->
                    List.of(ButtonData.of(PREFIX, UNIT, draft.id(), code).button(lines.unit(code))))
            .toList();
    return Reply.of(FormattedText.plain(ReporterTexts.PICK_UNIT), rows);
  }

  static Map<Period, List<ReportValue>> byPeriod(List<ReportValue> values) {
    Map<Period, List<ReportValue>> grouped = new LinkedHashMap<>();
    for (ReportValue value : values) {
      grouped.computeIfAbsent(value.period(), p -> new ArrayList<>()).add(value);
    }
    return grouped;
  }
}
