package vn.trolycongdoan.bot.cli;

import java.util.Locale;
import vn.trolycongdoan.knowledge.IndexReport;

/** The closing line of {@code index}, in Vietnamese. */
final class IndexSummary {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private IndexSummary() {}

  static String of(IndexReport report) {
    String seconds = String.format(VIETNAMESE, "%.1f", report.took().toMillis() / 1000.0);
    return "Đã lập chỉ mục "
        + report.files()
        + " tệp trong "
        + seconds
        + " giây: thêm "
        + report.added()
        + ", cập nhật "
        + report.updated()
        + ", xóa "
        + report.removed()
        + ", giữ nguyên "
        + report.unchanged()
        + ", lỗi "
        + report.failed()
        + ". Chỉ mục có "
        + report.passages()
        + " đoạn văn.";
  }
}
