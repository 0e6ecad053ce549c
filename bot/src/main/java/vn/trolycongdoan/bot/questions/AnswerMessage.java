package vn.trolycongdoan.bot.questions;

import java.util.ArrayList;
import java.util.List;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;

/**
 * An answer as the member sees it: the answer text, its citation and the buttons under it. Rendered
 * from the {@link ShownAnswer} as stored, so that the message can be shown again (after a vote)
 * exactly as it was.
 */
final class AnswerMessage {

  static final String SECTION = "s";
  static final String MORE = "m";
  static final String VOTE = "v";
  static final String UP = "u";
  static final String DOWN = "d";

  private AnswerMessage() {}

  /** The answer with all its buttons, before the member voted. */
  static Reply unvoted(long questionId, ShownAnswer answer) {
    List<List<Button>> keyboard = new ArrayList<>();
    keyboard.add(navigation(questionId, answer));
    keyboard.add(
        List.of(
            ButtonData.of(VOTE, questionId, answer.rank(), UP).button("👍 Hữu ích"),
            ButtonData.of(VOTE, questionId, answer.rank(), DOWN).button("👎 Chưa đúng")));
    return Reply.of(text(answer).build(), keyboard);
  }

  /** The answer again after a vote: the vote buttons give way to a thank-you line. */
  static Reply voted(long questionId, ShownAnswer answer, Vote vote) {
    FormattedText text =
        text(answer)
            .newline()
            .newline()
            .italic(
                vote == Vote.UP
                    ? "Bạn đã đánh giá 👍 — cảm ơn bạn!"
                    : "Bạn đã đánh giá 👎 — cảm ơn bạn, trợ lý sẽ" + " được cải thiện.")
            .build();
    return Reply.of(text, List.of(navigation(questionId, answer))).replacingPressed();
  }

  private static FormattedText.Builder text(ShownAnswer answer) {
    FormattedText.Builder text = FormattedText.builder();
    if (answer.rank() > 0) {
      text.bold("Kết quả " + (answer.rank() + 1) + ": ");
    }
    return text.plain(answer.answer()).newline().newline().italic("📄 " + answer.citation());
  }

  private static List<Button> navigation(long questionId, ShownAnswer answer) {
    List<Button> row = new ArrayList<>();
    if (!answer.section().isBlank()) {
      row.add(ButtonData.of(SECTION, questionId, answer.rank()).button("📖 Xem toàn văn mục"));
    }
    row.add(ButtonData.of(MORE, questionId, answer.rank()).button("🔎 Kết quả khác"));
    return row;
  }
}
