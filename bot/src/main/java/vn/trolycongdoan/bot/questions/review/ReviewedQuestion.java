package vn.trolycongdoan.bot.questions.review;

import java.util.List;

/**
 * A missed question with what was answered to it.
 *
 * @param question the question
 * @param shown the answers shown, by rank; empty when none was found
 */
public record ReviewedQuestion(MissedQuestion question, List<ShownText> shown) {

  public ReviewedQuestion {
    shown = List.copyOf(shown);
  }
}
