package vn.trolycongdoan.bot.broadcasts;

import java.util.List;
import java.util.stream.Collectors;
import vn.trolycongdoan.bot.tags.Tag;

/** The Vietnamese messages of the broadcast API's refusals, in one place. */
final class BroadcastTexts {

  static final String NOT_AN_OBJECT =
      "Nội dung yêu cầu phải là một đối tượng JSON, ví dụ {\"text\": \"…\", \"audience\":"
          + " {\"kind\": \"all\"}}.";
  static final String NO_TEXT = "Thiếu trường \"text\": nội dung tin cần gửi.";
  static final String NO_AUDIENCE =
      "Thiếu trường \"audience\" (người nhận), ví dụ {\"kind\": \"all\"} hoặc {\"kind\": \"unit\","
          + " \"unit\": \"TDG\", \"subtree\": true} hoặc {\"kind\": \"tag\", \"tag\": \"phap-luat\"}.";
  static final String NO_UNIT =
      "Người nhận theo đơn vị cần trường \"unit\": mã đơn vị, ví dụ \"TDG-01\".";
  static final String SUBTREE_NOT_BOOLEAN =
      "Trường \"subtree\" phải là true (cả các đơn vị trực thuộc) hoặc false (chỉ một đơn vị).";
  static final String NO_TAG =
      "Người nhận theo chủ đề cần trường \"tag\": mã chủ đề trong tags.txt, ví dụ \"phap-luat\".";
  static final String NO_RECIPIENTS =
      "Không có ai nhận: chưa có thành viên nào đăng ký nhận tin (/start) trong nhóm người nhận đã"
          + " chọn.";

  private BroadcastTexts() {}

  static String notText(String field) {
    return "Trường \"" + field + "\" phải là một chuỗi ký tự.";
  }

  static String textTooLong(int limit) {
    return "Trường \"text\" dài quá "
        + limit
        + " ký tự (giới hạn một tin Telegram): hãy rút gọn rồi gửi lại.";
  }

  static String badKind(String kind) {
    return "Loại người nhận \"" + kind + "\" không hợp lệ: dùng \"all\", \"unit\" hoặc \"tag\".";
  }

  static String unknownUnit(String written) {
    return "Không có đơn vị mã \"" + written + "\"; xem danh sách bằng lệnh units.";
  }

  static String unknownTag(String written, List<Tag> tags) {
    return "Không có chủ đề mã \""
        + written
        + "\"; các chủ đề: "
        + tags.stream()
            .map(tag -> tag.key() + " (" + tag.label() + ")")
            .collect(Collectors.joining(", "))
        + ".";
  }

  static String tagsForAdminsOnly(String ownCode) {
    return "Chỉ quản trị viên gửi được theo chủ đề (đến thành viên mọi đơn vị); mã truy cập này gửi"
        + " được cho các đơn vị thuộc "
        + ownCode
        + ".";
  }

  static String badSendAt(String written) {
    return "Thời điểm \""
        + written
        + "\" không hợp lệ: ghi theo dạng 2026-12-24T08:00:00+07:00 (không ghi múi giờ là giờ"
        + " Việt Nam).";
  }

  static String sendAtPast(String written) {
    return "Thời điểm hẹn giờ \""
        + written
        + "\" đã qua: hãy chọn một thời điểm sau bây giờ, hoặc bỏ trường \"sendAt\" để gửi ngay.";
  }

  static String allForAdminsOnly(String ownCode) {
    return "Chỉ quản trị viên gửi được cho tất cả thành viên; mã truy cập này gửi được cho các đơn"
        + " vị thuộc "
        + ownCode
        + ".";
  }

  static String outsideSubtree(String unitCode, String ownCode) {
    return "Mã truy cập này chỉ gửi được cho các đơn vị thuộc "
        + ownCode
        + ", không gửi được cho "
        + unitCode
        + ".";
  }

  static String unitGone(String ownCode) {
    return "Đơn vị "
        + ownCode
        + " của mã truy cập này không còn trong danh sách đơn vị; hãy xin mã mới (lệnh staff"
        + " token).";
  }

  static String notFound(long id) {
    return "Không có đợt phát tin số " + id + ".";
  }

  static String wrongState(String action, long id, BroadcastState state) {
    return "Không thể " + action + " đợt phát tin số " + id + ": đợt này " + describe(state) + ".";
  }

  private static String describe(BroadcastState state) {
    return switch (state) {
      case SCHEDULED -> "đang chờ đến giờ hẹn";
      case SENDING -> "đang gửi";
      case PAUSED -> "đang tạm dừng";
      case CANCELLED -> "đã bị hủy";
      case DONE -> "đã gửi xong";
    };
  }
}
