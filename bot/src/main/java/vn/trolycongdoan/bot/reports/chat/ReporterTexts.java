package vn.trolycongdoan.bot.reports.chat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.store.ReportValue;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

/** The Vietnamese texts of the reporter's chat, each saying what to do next. */
final class ReporterTexts {

  static final String EXAMPLE = "/baocao H2/2026 DVM=15, DVTONG=320";

  static final String REGISTER_USAGE =
      "Hãy gửi mã mời ngay sau lệnh, ví dụ: /dangky K7MQ4-XRTAB. Mã mời do cán bộ Công đoàn cấp trên"
          + " cấp cho đơn vị của bạn.";

  static final String NOT_REGISTERED =
      "Bạn chưa đăng ký báo cáo cho đơn vị nào. Hãy xin mã mời từ cán bộ Công đoàn cấp trên rồi gửi"
          + " /dangky <mã mời>, ví dụ: /dangky K7MQ4-XRTAB.";

  static final String UNKNOWN_INVITE =
      "Mã mời không đúng. Hãy kiểm tra lại từng ký tự (viết hoa hay thường đều được) hoặc xin mã mới"
          + " từ cán bộ Công đoàn cấp trên.";

  static final String DRAFT_GONE =
      "Bản báo cáo này không còn (đã hủy hoặc đã thay). Hãy gửi lại /baocao với số liệu.";

  static final String CANCELLED = "❌ Đã hủy báo cáo, không lưu số liệu nào.";

  static final String CANCEL_TOO_LATE =
      "Báo cáo này đã được lưu nên không hủy được. Muốn sửa, hãy gửi lại /baocao với số liệu đúng:"
          + " số mới sẽ thay số cũ và số cũ vẫn được giữ trong lịch sử (/lichsu).";

  static final String ASK_PERIOD =
      "Báo cáo kỳ nào? Bấm \"Kỳ đang mở\" để lấy kỳ đang mở của từng chỉ tiêu, hoặc gõ kỳ, ví dụ"
          + " H2/2026, Q4/2026, 2026. (Muốn gửi cả tin một lần: "
          + EXAMPLE
          + ". Gõ /huy để dừng.)";

  static final String NO_ENTRY =
      "Bạn không có báo cáo nào đang nhập dở. Gõ /baocao để bắt đầu nhập từng bước.";

  static final String ENTRY_CANCELLED = "Đã dừng nhập báo cáo, không lưu số liệu nào.";

  static final String NOTHING_ENTERED =
      "Bạn chưa nhập số liệu nào nên không có gì để gửi. Gõ /baocao để bắt đầu lại.";

  static final String STAFF_NAME_UNIT =
      "Cán bộ sửa số liệu hãy ghi mã đơn vị sau kỳ, ví dụ: /baocao H1/2024 TDG-01 DVM=15. Kỳ đã"
          + " khóa sổ vẫn sửa được.";

  static final String PICK_UNIT = "Bạn báo cáo cho đơn vị nào? Hãy chọn một đơn vị:";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private ReporterTexts() {}

  static FormattedText reportUsage() {
    return FormattedText.builder()
        .bold("Cách gửi báo cáo")
        .newline()
        .plain("/baocao [kỳ] [mã đơn vị] MÃ=SỐ …, ví dụ:")
        .newline()
        .plain("   – " + EXAMPLE)
        .newline()
        .plain("   – /baocao đoàn viên mới 15, tổng số đoàn viên 320")
        .newline()
        .plain("   – /baocao 6T/2026 TDG-01 DVM 15")
        .newline()
        .plain(
            "Kỳ viết như T6/2026 (tháng), Q2/2026 (quý), 6T/2026 hoặc H1/2026 (6 tháng), 2026 (năm);"
                + " không ghi kỳ thì trợ lý lấy kỳ đang mở của từng chỉ tiêu và ghi rõ trong bản xác nhận.")
        .newline()
        .plain("Trợ lý nhắc lại số liệu để bạn bấm ✅ Xác nhận trước khi lưu.")
        .build();
  }

  static String registered(String unitCode, Optional<OrgUnit> unit, boolean isNew) {
    String name = unitCode + unit.map(u -> " — " + u.name()).orElse("");
    return (isNew
            ? "Bạn đã được đăng ký báo cáo cho đơn vị " + name + "."
            : "Bạn đã đăng ký báo cáo cho đơn vị " + name + " từ trước.")
        + " Gửi số liệu bằng /baocao, ví dụ: "
        + EXAMPLE
        + ".";
  }

  static String expiredInvite(Instant expiredAt) {
    return "Mã mời đã hết hạn từ ngày "
        + DAY.format(expiredAt.atZone(Period.ZONE))
        + ". Hãy xin mã mới từ cán bộ Công đoàn cấp trên.";
  }

  static String usedInvite(Instant usedAt) {
    return "Mã mời này đã được dùng lúc "
        + moment(usedAt)
        + "; mỗi mã chỉ dùng được một lần. Nếu cần đăng ký thêm người báo cáo, hãy xin mã mới.";
  }

  static String notYourUnit(OrgUnit unit, List<String> yours) {
    return "Bạn không báo cáo cho đơn vị "
        + unit.code()
        + " ("
        + unit.name()
        + "). Bạn chỉ báo cáo được cho: "
        + String.join(", ", yours)
        + ". Muốn báo cáo cho đơn vị khác, hãy xin mã mời của đơn vị đó rồi gửi /dangky <mã mời>.";
  }

  static String staffNameUnit(String command) {
    return "Cán bộ hãy ghi mã đơn vị sau lệnh, ví dụ: " + command + " H1/2024 TDG-01.";
  }

  static String outsideStaffSubtree(OrgUnit unit) {
    return "Bạn không có quyền báo cáo hay sửa số liệu của đơn vị "
        + unit.code()
        + " ("
        + unit.name()
        + "): đơn vị này không thuộc phạm vi bạn được cấp quyền cán bộ.";
  }

  static String locked(Period period, Instant lockedFrom) {
    return "Kỳ "
        + period.label()
        + " đã khóa sổ từ ngày "
        + DAY.format(lockedFrom.atZone(Period.ZONE))
        + " nên không nhận báo cáo qua tin nhắn nữa. Nếu cần sửa số liệu, hãy liên hệ cán bộ Công"
        + " đoàn cấp trên.";
  }

  static String unknownPeriod(String written) {
    return "Không có kỳ báo cáo \""
        + written
        + "\". Hãy viết kỳ như T6/2026 (tháng), Q2/2026 (quý), H1/2026 (6 tháng), 2026 (năm).";
  }

  static String notBegun(Period period) {
    return "Kỳ "
        + period.label()
        + " chưa bắt đầu. Chỉ báo cáo được kỳ đang mở hoặc đã qua; hãy gõ kỳ khác.";
  }

  static String notUnderstood(String written, String command) {
    return "Không hiểu \""
        + written
        + "\". Hãy gõ "
        + command
        + " [kỳ] [mã đơn vị], ví dụ: "
        + command
        + " H2/2026.";
  }

  static FormattedText stored(
      String receipt, ReportDraft draft, List<ReportValue> late, Deadlines deadlines) {
    FormattedText.Builder text =
        FormattedText.builder()
            .plain("✅ Đã lưu báo cáo của đơn vị " + draft.unitCode() + ". Số biên nhận: ")
            .bold(receipt);
    late.stream()
        .map(ReportValue::period)
        .distinct()
        .forEach(
            period ->
                text.newline()
                    .plain(
                        "⚠️ Báo cáo kỳ "
                            + period.label()
                            + " nộp sau hạn ("
                            + deadlines.label(period)
                            + ") nên được ghi là nộp muộn."));
    return text.newline()
        .plain("Xem lại số liệu bằng /xem; gửi lại /baocao để sửa (số cũ được giữ trong /lichsu).")
        .build();
  }

  static String alreadyStored(String receipt) {
    return "Báo cáo này đã được lưu trước đó, không lưu thêm lần nữa. Số biên nhận: "
        + receipt
        + ".";
  }

  static FormattedText resend(String rawText) {
    return FormattedText.builder()
        .plain("✏️ Chưa lưu gì. Hãy gửi lại lệnh với số liệu đã sửa, ví dụ: " + EXAMPLE + ".")
        .newline()
        .plain("Tin bạn đã gửi (chép lại, sửa rồi gửi): ")
        .newline()
        .plain("/baocao " + rawText)
        .build();
  }

  static String nothingFor(List<Period> periods) {
    return "Chưa có số liệu nào cho "
        + String.join(", ", periods.stream().map(Period::label).toList())
        + ". Gõ kỳ sau lệnh để xem kỳ khác, ví dụ: /xem H1/2026.";
  }

  static FormattedText askValue(Indicator indicator, int position, int count) {
    return FormattedText.builder()
        .plain("Chỉ tiêu " + position + "/" + count + ": ")
        .bold(indicator.code() + " — " + indicator.name())
        .plain(" (" + indicator.unitOfMeasure() + ")")
        .newline()
        .plain(
            "Gõ số liệu, ví dụ 15; bấm Bỏ qua nếu đơn vị không có số này, Xong khi đã nhập đủ. Gõ"
                + " /huy để dừng.")
        .build();
  }

  static String oneNumber(String code) {
    return "Hãy gõ một số liệu cho " + code + " thôi, ví dụ 15.";
  }

  static String moment(Instant at) {
    return MOMENT.format(at.atZone(Period.ZONE));
  }
}
