package vn.trolycongdoan.bot.questions;

import vn.trolycongdoan.bot.chat.ExampleQuestions;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.KnowledgeBase;

/** The Vietnamese wording of questions and answers. */
final class QuestionTexts {

  static final String ASK_USAGE =
      "Bạn hãy gõ câu hỏi sau lệnh, ví dụ: /hoi " + ExampleQuestions.first();
  static final String TOO_LONG =
      "Câu hỏi dài quá (tối đa "
          + KnowledgeBase.MAX_QUESTION_LENGTH
          + " ký tự). Bạn hãy hỏi ngắn gọn, mỗi lần một ý.";
  static final String NOT_READY =
      "Trợ lý đang nạp các văn bản lần đầu. Bạn vui lòng hỏi lại sau ít phút.";
  static final String FORGOTTEN = "Không tìm thấy câu hỏi này nữa. Bạn hãy hỏi lại nhé.";
  static final String NOT_YOURS =
      "Nút này thuộc về câu hỏi của một cuộc trò chuyện khác nên không dùng được ở đây."
          + " Bạn hãy tự đặt câu hỏi nhé.";
  static final String NO_MORE = "Không còn kết quả nào khác cho câu hỏi này.";
  static final String SECTION_GONE = "Văn bản đã thay đổi, không còn mục này. Bạn hãy hỏi lại nhé.";
  static final String NOT_COVERED =
      "Các văn bản trợ lý đang dùng không có nội dung trả lời câu hỏi này.";
  static final String THANKS = "Cảm ơn bạn đã đánh giá!";

  private QuestionTexts() {}

  /**
   * The reply when nothing answers the question: one sentence saying so, the knowledge base's hint
   * on asking again (when it gave one), and the way to ask the union instead.
   */
  static FormattedText notFound(String suggestion) {
    FormattedText.Builder text = FormattedText.builder().plain(NOT_COVERED);
    if (suggestion != null && !suggestion.isBlank()) {
      text.newline().newline().plain(suggestion.strip());
    }
    return text.newline()
        .plain("Hoặc gửi ")
        .bold("/kiennghi <nội dung>")
        .plain(" để hỏi trực tiếp Công đoàn.")
        .build();
  }

  static FormattedText section(String citation, DocumentOutline.Entry entry) {
    FormattedText.Builder text = FormattedText.builder().bold(entry.heading());
    if (!entry.text().isBlank()) {
      text.newline().plain(entry.text());
    }
    return text.newline().newline().italic("📄 " + citation).build();
  }
}
