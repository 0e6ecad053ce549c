package vn.trolycongdoan.bot.cli;

import java.util.Locale;
import vn.trolycongdoan.knowledge.IndexReport;
import vn.trolycongdoan.knowledge.IndexReport.SkippedFile;

/**
 * The closing lines of {@code index}, in Vietnamese: the counts, then one line for each file that
 * was skipped (no text) or could not be read.
 */
final class IndexSummary {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private IndexSummary() {}

  static String of(IndexReport report) {
    String seconds = String.format(VIETNAMESE, "%.1f", report.took().toMillis() / 1000.0);
    StringBuilder summary =
        new StringBuilder("Đã lập chỉ mục ")
            .append(report.files())
            .append(" tệp trong ")
            .append(seconds)
            .append(" giây: thêm ")
            .append(report.added())
            .append(", cập nhật ")
            .append(report.updated())
            .append(", xóa ")
            .append(report.removed())
            .append(", giữ nguyên ")
            .append(report.unchanged())
            .append(", bỏ qua ")
            .append(report.empty().size())
            .append(", lỗi ")
            .append(report.failed().size())
            .append(". Chỉ mục có ")
            .append(report.passages())
            .append(" đoạn văn.");
    for (SkippedFile file : report.empty()) {
      summary.append('\n').append(line(file));
    }
    for (SkippedFile file : report.failed()) {
      summary.append('\n').append(line(file));
    }
    return summary.toString();
  }

  private static String line(SkippedFile file) {
    String why =
        switch (file.reason()) {
          case EMPTY_FILE -> "Bỏ qua (tệp rỗng, không có chữ)";
          case NO_TEXT_LAYER -> "Bỏ qua (không có chữ, có thể là bản quét)";
          case BROKEN -> "Lỗi (không đọc được tệp, chi tiết trong nhật ký)";
        };
    return why + ": " + file.path();
  }
}
