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
 * exactly as it was: the vote buttons carry whether "🔎 Kết quả khác" was offered ({@code
 * v:42:0:u:1}; data without that field, from before it existed, counts as offered).
 */
final class AnswerMessage {

  static final String SECTION = "s";
  static final String MORE = "m";
  static final String VOTE = "v";
  static final String UP = "u";
  static final String DOWN = "d";
  private static final String OFFERED = "1";
  private static final String NOT_OFFERED = "0";

  private AnswerMessage() {}

  /**
   * The answer with all its buttons, before the member voted.
   *
   * @param more whether other results follow this one, so that "🔎 Kết quả khác" is offered
   */
  static Reply unvoted(long questionId, ShownAnswer answer, boolean more) {
    String offered = more ? OFFERED : NOT_OFFERED;
    List<List<Button>> keyboard = new ArrayList<>();
    keyboard.add(navigation(questionId, answer, more));
    keyboard.add(
        List.of(
            ButtonData.of(VOTE, questionId, answer.rank(), UP, offered).button("👍 Hữu ích"),
            ButtonData.of(VOTE, questionId, answer.rank(), DOWN, offered).button("👎 Chưa đúng")));
    return Reply.of(text(answer).build(), keyboard);
  }

  /** Whether the vote buttons' data says "🔎 Kết quả khác" was offered; see the class comment. */
  static boolean moreOffered(List<String> voteFields) {
    return voteFields.size() < 4 || !voteFields.get(3).equals(NOT_OFFERED);
  }

  /** The answer again after a vote: the vote buttons give way to a thank-you line. */
  static Reply voted(long questionId, ShownAnswer answer, Vote vote, boolean more) {
    FormattedText text =
        text(answer)
            .newline()
            .newline()
            .italic(
                vote == Vote.UP
                    ? "Bạn đã đánh giá 👍 — cảm ơn bạn!"
                    : "Bạn đã đánh giá 👎 — cảm ơn bạn, trợ lý sẽ" + " được cải thiện.")
            .build();
    return Reply.of(text, List.of(navigation(questionId, answer, more))).replacingPressed();
  }

  private static FormattedText.Builder text(ShownAnswer answer) {
    FormattedText.Builder text = FormattedText.builder();
    if (answer.rank() > 0) {
      text.bold("Kết quả " + (answer.rank() + 1) + ": ");
    }
    return text.plain(answer.answer()).newline().newline().italic("📄 " + answer.citation());
  }

  private static List<Button> navigation(long questionId, ShownAnswer answer, boolean more) {
    List<Button> row = new ArrayList<>();
    if (!answer.section().isBlank()) {
      row.add(ButtonData.of(SECTION, questionId, answer.rank()).button("📖 Xem toàn văn mục"));
    }
    if (more) {
      row.add(ButtonData.of(MORE, questionId, answer.rank()).button("🔎 Kết quả khác"));
    }
    return row;
  }
}
