package vn.trolycongdoan.bot.broadcasts;

import java.time.Duration;
import vn.trolycongdoan.bot.chat.FormattedText;

/** The Vietnamese texts of a broadcast's progress message and summary, in one place. */
final class ProgressTexts {

  private ProgressTexts() {}

  /** The progress message: where the broadcast stands, sent / total, blocked, failed. */
  static FormattedText progress(long id, BroadcastState state, BroadcastCounts counts, int total) {
    return FormattedText.builder()
        .bold("📣 Đợt phát tin số " + id + ": " + describe(state))
        .newline()
        .plain(
            "Đã gửi "
                + counts.sent()
                + "/"
                + total
                + " · chặn bot "
                + counts.blocked()
                + " · lỗi "
                + counts.failed())
        .build();
  }

  /** The summary when it ended: sent, blocked, failed, unknown (and cancelled), duration. */
  static FormattedText summary(
      long id, BroadcastState state, BroadcastCounts counts, Duration took) {
    boolean cancelled = state == BroadcastState.CANCELLED;
    FormattedText.Builder text =
        FormattedText.builder()
            .bold(
                (cancelled ? "⛔ Đợt phát tin số " + id + " đã hủy" : "✅ Đợt phát tin số " + id)
                    + (cancelled ? " sau " : " đã gửi xong trong ")
                    + duration(took)
                    + ".")
            .newline()
            .plain("Đã gửi: " + counts.sent())
            .newline()
            .plain("Chặn bot: " + counts.blocked())
            .newline()
            .plain("Lỗi: " + counts.failed())
            .newline()
            .plain("Không rõ (đang gửi khi dịch vụ dừng): " + counts.unknown());
    if (cancelled) {
      text.newline().plain("Không gửi vì đã hủy: " + counts.cancelled());
    }
    return text.build();
  }

  /** E.g. "1 giờ 5 phút 3 giây", "12 giây". */
  static String duration(Duration took) {
    long seconds = Math.max(0, took.toSeconds());
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    StringBuilder text = new StringBuilder();
    if (hours > 0) {
      text.append(hours).append(" giờ ");
    }
    if (hours > 0 || minutes > 0) {
      text.append(minutes).append(" phút ");
    }
    return text.append(seconds % 60).append(" giây").toString();
  }

  private static String describe(BroadcastState state) {
    return switch (state) {
      case SCHEDULED -> "chờ đến giờ hẹn";
      case SENDING -> "đang gửi";
      case PAUSED -> "tạm dừng";
      case CANCELLED -> "đã hủy";
      case DONE -> "đã gửi xong";
    };
  }
}
