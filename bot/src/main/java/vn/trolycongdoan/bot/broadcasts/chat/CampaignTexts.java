package vn.trolycongdoan.bot.broadcasts.chat;

import java.time.LocalDateTime;
import vn.trolycongdoan.bot.broadcasts.Broadcast;
import vn.trolycongdoan.bot.broadcasts.BroadcastCounts;
import vn.trolycongdoan.bot.chat.Attachment;

/** The Vietnamese texts of {@code /chiendich}. */
final class CampaignTexts {

  static final String TITLE = "📣 Các đợt phát tin đang gửi và đang chờ";
  static final String NONE =
      "Không có đợt phát tin nào đang gửi hoặc đang chờ giờ hẹn. Soạn tin mới: /phatsong.";

  private CampaignTexts() {}

  static String heading(Broadcast b, String audience) {
    String state =
        switch (b.state()) {
          case SCHEDULED -> "⏰ chờ giờ hẹn";
          case SENDING -> "▶ đang gửi";
          case PAUSED -> "⏸ tạm dừng";
          case CANCELLED -> "đã hủy";
          case DONE -> "đã gửi xong";
        };
    return "Số " + b.id() + " · " + state + " · " + audience;
  }

  static String excerpt(Broadcast b, int chars) {
    String text = b.text().replace('\n', ' ');
    String shown = text.length() <= chars ? text : text.substring(0, chars).strip() + "…";
    String file =
        b.attachment() == null
            ? ""
            : b.attachment().kind() == Attachment.Kind.PHOTO ? "🖼 ảnh " : "📎 tệp ";
    return file + (shown.isEmpty() ? "" : "«" + shown + "»");
  }

  static String scheduled(LocalDateTime at, int recipients) {
    return "Gửi lúc " + ComposeTexts.WHEN.format(at) + " · " + recipients + " người nhận";
  }

  static String counts(BroadcastCounts counts, int recipients) {
    return "Đã gửi "
        + counts.sent()
        + "/"
        + recipients
        + " · chặn bot "
        + counts.blocked()
        + " · lỗi "
        + counts.failed()
        + " · còn chờ "
        + counts.queued();
  }

  static String pause(long id) {
    return "⏸ Dừng số " + id;
  }

  static String resume(long id) {
    return "▶ Tiếp tục số " + id;
  }

  static String cancel(long id) {
    return "✖ Hủy số " + id;
  }

  static String changed(Broadcast b) {
    return switch (b.state()) {
      case PAUSED -> "Đã tạm dừng đợt số " + b.id() + ".";
      case SENDING -> "Đã tiếp tục gửi đợt số " + b.id() + ".";
      case CANCELLED -> "Đã hủy đợt số " + b.id() + ".";
      default -> "Đợt số " + b.id() + " đã được cập nhật.";
    };
  }
}
