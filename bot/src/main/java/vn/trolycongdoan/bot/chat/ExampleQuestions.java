package vn.trolycongdoan.bot.chat;

import java.util.List;

/**
 * The example questions the bot shows members — in the welcome and {@code /huongdan}, in hints, as
 * the web chat's chips — kept in this one list. Each is a question the bundled documents answer
 * well, listed with the fact its answer must show; a test asks every one of the real knowledge base
 * of the bundled corpus and checks that fact is in the first answer.
 */
public final class ExampleQuestions {

  /**
   * One example.
   *
   * @param question the question as a member would type it
   * @param chip its short label on the web chat's chip
   * @param fact a phrase the first answer to it must contain
   */
  public record Example(String question, String chip, String fact) {}

  /** Every example, the one shown when only one is shown first. */
  public static final List<Example> ALL =
      List.of(
          new Example(
              "Người lao động làm việc đủ 12 tháng được nghỉ hằng năm bao nhiêu ngày?",
              "Nghỉ hằng năm",
              "12 ngày làm việc"),
          new Example(
              "Lao động nữ được nghỉ thai sản trước và sau khi sinh con bao lâu?",
              "Nghỉ thai sản",
              "06 tháng"),
          new Example(
              "Doanh nghiệp đóng kinh phí công đoàn bằng bao nhiêu phần trăm quỹ tiền lương?",
              "Kinh phí công đoàn",
              "2% quỹ tiền lương"),
          new Example(
              "Mỗi năm xây mới bao nhiêu nhà Mái ấm Công đoàn?",
              "Mái ấm Công đoàn",
              "xây dựng mới ít nhất 05 nhà"));

  private ExampleQuestions() {}

  /** The example shown where there is room for one. */
  public static String first() {
    return ALL.get(0).question();
  }
}
