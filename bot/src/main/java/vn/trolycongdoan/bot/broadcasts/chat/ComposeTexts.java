package vn.trolycongdoan.bot.broadcasts.chat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.trolycongdoan.bot.broadcasts.BroadcastRequest;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.reports.units.OrgUnit;

/** The Vietnamese texts of composing and following broadcasts in chat, each saying what to do. */
final class ComposeTexts {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  static final String ONLY_TELEGRAM =
      "Soạn và gửi tin cho thành viên chỉ làm được trong Telegram, với tài khoản cán bộ Công đoàn"
          + " đã được cấp quyền.";
  static final String ASK_CONTENT =
      "📣 Soạn tin gửi thành viên. Hãy gửi nội dung tin (tối đa "
          + BroadcastRequest.MAX_TEXT_CHARS
          + " ký tự), hoặc một ảnh hay một tệp kèm chú thích (chú thích tối đa "
          + BroadcastRequest.MAX_CAPTION_CHARS
          + " ký tự).";
  static final String EMPTY_CONTENT =
      "Tin chưa có nội dung. Hãy gửi nội dung tin, hoặc một ảnh hay một tệp kèm chú thích.";
  static final String ASK_AUDIENCE = "Gửi tin này cho ai? Hãy chọn người nhận:";
  static final String PRESS_A_BUTTON =
      "Hãy chọn bằng các nút ở tin trên, hoặc bấm Hủy để bỏ bản nháp. Soạn lại từ đầu: /phatsong.";
  static final String ALREADY_HAS_CONTENT =
      "Bản nháp đã có nội dung. Muốn đổi nội dung, hãy gửi /phatsong để soạn lại từ đầu.";
  static final String ASK_SEND_AT =
      "⏰ Gửi lúc nào? Hãy gõ ngày và giờ (giờ Việt Nam), ví dụ: 24/12 08:00 hoặc 24/12/2026 8h.";
  static final String CANCELLED = "Đã hủy bản nháp, không gửi tin nào.";
  static final String DRAFT_GONE =
      "Bản nháp này không còn (đã hủy, quá hạn hoặc đã soạn tin khác). Soạn lại: /phatsong.";
  static final String ALL = "👥 Tất cả người nhận tin";
  static final String SUBTREE = "🏢 Một đơn vị và các đơn vị trực thuộc";
  static final String ONE_UNIT = "🏠 Chỉ một đơn vị";
  static final String SEND_NOW = "🚀 Gửi ngay";
  static final String SCHEDULE = "⏰ Hẹn giờ";
  static final String CANCEL = "✖ Hủy";
  static final String AUDIENCE_ALL = "tất cả người nhận tin";

  private ComposeTexts() {}

  static String notStaff(ChatUser from) {
    return "Lệnh này dành cho cán bộ Công đoàn đã được cấp quyền. Mã người dùng Telegram của bạn: "
        + from.userId()
        + "; hãy gửi mã này cho quản trị viên để được cấp quyền cho đơn vị của mình.";
  }

  static String unitGone(String unitCode) {
    return "Đơn vị "
        + unitCode
        + " mà bạn được cấp quyền không còn trong danh sách đơn vị; hãy nhờ quản trị viên cấp lại"
        + " quyền (/capquyen).";
  }

  static String textTooLong(int length) {
    return "Tin dài "
        + length
        + " ký tự, quá giới hạn "
        + BroadcastRequest.MAX_TEXT_CHARS
        + " ký tự của một tin Telegram. Hãy rút gọn rồi gửi lại.";
  }

  static String captionTooLong(int length) {
    return "Chú thích dài "
        + length
        + " ký tự, quá giới hạn "
        + BroadcastRequest.MAX_CAPTION_CHARS
        + " ký tự cho chú thích ảnh hoặc tệp của Telegram. Hãy rút gọn chú thích rồi gửi lại ảnh"
        + " hoặc tệp, hoặc gửi nội dung dài thành tin chữ không kèm tệp.";
  }

  static String chooseUnit(OrgUnit at, boolean subtree) {
    return (subtree
            ? "Chọn đơn vị: tin gửi cho người báo cáo của đơn vị đó và mọi đơn vị trực thuộc."
            : "Chọn một đơn vị: tin chỉ gửi cho người báo cáo của đơn vị đó.")
        + " Đang xem: "
        + at.code()
        + " — "
        + at.name()
        + ". Bấm tên có dấu › để xem các đơn vị bên dưới, hoặc gõ mã đơn vị (ví dụ TDG-01).";
  }

  static String pick(OrgUnit unit) {
    return "✅ Chọn " + unit.code() + " — " + unit.name();
  }

  static String unitButton(OrgUnit unit, boolean opens) {
    return unit.code() + " — " + unit.name() + (opens ? " ›" : "");
  }

  static String up(OrgUnit parent) {
    return "‹ " + parent.code();
  }

  static String unknownUnit(String written) {
    return "Không có đơn vị mã \""
        + written
        + "\". Hãy gõ đúng mã đơn vị (ví dụ TDG-01) hoặc chọn bằng các nút ở tin trên.";
  }

  static String outsideSubtree(OrgUnit unit, OrgUnit top) {
    return "Bạn chỉ gửi được cho các đơn vị thuộc "
        + top.code()
        + " — "
        + top.name()
        + ", không gửi được cho "
        + unit.code()
        + ". Hãy chọn một đơn vị khác.";
  }

  static String tag(String tag) {
    return "🏷 Chủ đề: " + tag;
  }

  static String audienceUnit(OrgUnit unit, boolean subtree) {
    return "người báo cáo của "
        + unit.code()
        + " — "
        + unit.name()
        + (subtree ? " và các đơn vị trực thuộc" : "");
  }

  static String audienceTag(String tag) {
    return "thành viên chọn chủ đề \"" + tag + "\"";
  }

  static String preview(int recipients, String audience) {
    return "👆 Xem trước: tin ở trên sẽ đến "
        + audience
        + " đúng như vậy. Hiện có "
        + recipients
        + " người nhận."
        + (recipients == 0
            ? " Chưa ai nhận được nên chưa gửi ngay được; bạn vẫn có thể hẹn giờ."
            : "")
        + " Gửi ngay, hẹn giờ hay hủy?";
  }

  static String started(long id, int recipients) {
    return "✅ Đã bắt đầu gửi đợt phát tin số "
        + id
        + " cho "
        + recipients
        + " người nhận. Theo dõi, tạm dừng hoặc hủy bằng /chiendich.";
  }

  static String scheduled(long id, LocalDateTime at, int recipients) {
    return "⏰ Đã hẹn giờ: đợt phát tin số "
        + id
        + " sẽ gửi lúc "
        + WHEN.format(at)
        + " (giờ Việt Nam); hiện có "
        + recipients
        + " người nhận. Xem hoặc hủy bằng /chiendich.";
  }

  static String alreadySent(long broadcastId) {
    return "Tin này đã được tạo thành đợt phát tin số "
        + broadcastId
        + ", không gửi thêm lần nữa. Xem bằng /chiendich.";
  }

  static String badSendAt(String written) {
    return "Không hiểu thời điểm \""
        + written
        + "\". Hãy gõ ngày/tháng và giờ, ví dụ: 24/12 08:00, 24/12/2026 8h hoặc 8h30 24/12"
        + " (giờ Việt Nam).";
  }

  static String sendAtPast(LocalDateTime at) {
    return "Thời điểm "
        + WHEN.format(at)
        + " đã qua. Hãy gõ một thời điểm sau bây giờ (giờ Việt Nam), hoặc bấm Gửi ngay.";
  }
}
