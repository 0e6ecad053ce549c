package vn.trolycongdoan.bot.ask;

import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.knowledge.KnowledgeBase;

/**
 * A question checked against the search limits, the same for the API ({@code q}, {@code k}) and the
 * command line.
 *
 * @param question the question, stripped, at most {@link #MAX_QUESTION_LENGTH} characters (code
 *     points)
 * @param k how many hits to return, 1 to {@link Settings#maxResults}
 */
public record AskRequest(String question, int k) {

  public static final int MAX_QUESTION_LENGTH = KnowledgeBase.MAX_QUESTION_LENGTH;

  /**
   * Checks a question as typed.
   *
   * @param question the question; {@code null} when missing
   * @param k the number of hits as typed; {@code null} or blank for {@link Settings#defaultResults}
   * @throws InvalidRequestException naming the bad parameter
   */
  public static AskRequest parse(String question, String k, Settings settings) {
    return new AskRequest(question(question), count(k, settings));
  }

  private static String question(String question) {
    if (question == null || question.isBlank()) {
      throw new InvalidRequestException("Thiếu câu hỏi (tham số q): hãy nhập điều bạn muốn hỏi.");
    }
    String stripped = question.strip();
    if (KnowledgeBase.length(stripped) > MAX_QUESTION_LENGTH) {
      throw new InvalidRequestException(
          "Câu hỏi (tham số q) dài quá " + MAX_QUESTION_LENGTH + " ký tự: hãy hỏi ngắn gọn hơn.");
    }
    return stripped;
  }

  private static int count(String k, Settings settings) {
    if (k == null || k.isBlank()) {
      return settings.defaultResults();
    }
    try {
      int count = Integer.parseInt(k.strip());
      if (count >= 1 && count <= settings.maxResults()) {
        return count;
      }
    } catch (NumberFormatException notANumber) {
      // reported below with the range
    }
    throw new InvalidRequestException(
        "Số kết quả (tham số k) phải là số nguyên từ 1 đến "
            + settings.maxResults()
            + ", không phải \""
            + k
            + "\".");
  }
}
