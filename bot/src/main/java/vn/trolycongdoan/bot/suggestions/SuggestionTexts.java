package vn.trolycongdoan.bot.suggestions;

import java.time.LocalDate;
import vn.trolycongdoan.bot.chat.FormattedText;

/** The Vietnamese texts of the kiến nghị inbox: its refusals and the reply members receive. */
final class SuggestionTexts {

  /** How much of the member's kiến nghị the reply quotes back to them. */
  static final int QUOTED_CHARS = 160;

  static final String WORDS_TOO_LONG =
      "Từ khóa tìm kiếm dài quá (tối đa " + InboxFilter.MAX_WORDS + " ký tự).";
  static final String EMPTY_REPLY = "Bạn hãy viết nội dung trả lời trước khi gửi.";
  static final String NO_STATUS =
      "Thiếu trạng thái. Hãy gửi {\"status\": \"new\"}, \"in_progress\" hoặc \"answered\".";

  private SuggestionTexts() {}

  static String badStatus(String written) {
    return "Trạng thái \""
        + written
        + "\" không hợp lệ. Dùng new (mới), in_progress (đang xử lý) hoặc answered (đã trả lời).";
  }

  static String badDay(String name, String written) {
    return "Ngày \""
        + written
        + "\" ("
        + name
        + ") không hợp lệ. Hãy viết yyyy-mm-dd, ví dụ 2026-12-01.";
  }

  static String daysReversed(LocalDate from, LocalDate to) {
    return "Ngày kết thúc " + to + " đứng trước ngày bắt đầu " + from + ".";
  }

  static String badPage(String written) {
    return "Số trang \"" + written + "\" không hợp lệ. Trang đầu là 1.";
  }

  static String replyTooLong(int length) {
    return "Nội dung trả lời dài quá ("
        + length
        + " ký tự, tối đa "
        + SuggestionInbox.MAX_REPLY
        + "). Hãy rút gọn.";
  }

  static String unitGone(String ownCode) {
    return "Đơn vị "
        + ownCode
        + " của tài khoản này không còn trong danh sách đơn vị. Hãy nhờ quản trị viên kiểm tra.";
  }

  /** What the member receives: whose reply it is, to which of their kiến nghị, and the reply. */
  static FormattedText memberReply(Suggestion suggestion, String reply) {
    return FormattedText.builder()
        .plain("📬 Công đoàn trả lời kiến nghị ")
        .bold(suggestion.reference())
        .plain(" của bạn")
        .newline()
        .italic("“" + excerpt(suggestion.text()) + "”")
        .newline()
        .newline()
        .plain(reply)
        .build();
  }

  private static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.codePointCount(0, flat.length()) <= QUOTED_CHARS) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, QUOTED_CHARS)).strip() + "…";
  }
}
