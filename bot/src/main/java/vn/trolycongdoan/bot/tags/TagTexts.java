package vn.trolycongdoan.bot.tags;

import java.util.List;

/** The Vietnamese texts of the topic choice, in one place. */
final class TagTexts {

  static final String TITLE = "Chủ đề bạn quan tâm";
  static final String HOW =
      "Bấm vào một chủ đề để chọn hoặc bỏ chọn; Công đoàn sẽ gửi bạn tin theo các chủ đề đã chọn.";
  static final String NONE_CHOSEN = "Bạn chưa chọn chủ đề nào.";
  static final String STOPPED =
      "Lưu ý: bạn đang dừng nhận tin chiến dịch (/dunglai), nên chưa nhận tin theo chủ đề. Gõ /start"
          + " để nhận lại.";
  static final String WEB_ONLY =
      "Trang web không gửi tin chiến dịch nên không cần chọn chủ đề. Hãy dùng Telegram nếu muốn nhận"
          + " tin theo chủ đề. Bạn vẫn hỏi đáp bình thường.";
  static final String CHOSEN_MARK = "✅ ";

  private TagTexts() {}

  static String chosen(List<String> labels) {
    return "Đang chọn: " + String.join(", ", labels) + ".";
  }

  static String chose(String label) {
    return "Đã chọn: " + label;
  }

  static String unchose(String label) {
    return "Đã bỏ chọn: " + label;
  }
}
