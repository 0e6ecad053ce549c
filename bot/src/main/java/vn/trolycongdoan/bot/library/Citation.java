package vn.trolycongdoan.bot.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.answer.AnswerHit;

/** How an answer names its source: title, number, date, section, as Vietnamese readers expect. */
public final class Citation {

  private static final Pattern NAMED_SECTION = Pattern.compile("(Phần|Chương|Mục|Điều) ");
  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Citation() {}

  /**
   * Title, number, date and section, e.g. {@code Kế hoạch …, số 38/KH-LĐLĐ, ngày 12/03/2024, mục II
   * › 2}; a law's section names itself ({@code …, Chương XII › Điều 169}).
   */
  public static String of(AnswerHit hit) {
    String citation = document(hit.title(), hit.number(), hit.date());
    String section = hit.section();
    if (section == null || section.isBlank()) {
      return citation;
    }
    return citation + (NAMED_SECTION.matcher(section).lookingAt() ? ", " : ", mục ") + section;
  }

  /** Title, number and date of a document. */
  public static String of(DocumentSummary document) {
    return document(document.title(), document.number(), document.date());
  }

  private static String document(String title, String number, String date) {
    StringBuilder citation = new StringBuilder(title);
    if (number != null) {
      citation.append(", số ").append(number);
    }
    if (date != null) {
      citation.append(", ngày ").append(vietnameseDate(date));
    }
    return citation.toString();
  }

  /** {@code 2024-03-12} as {@code 12/03/2024}; anything else unchanged. */
  public static String vietnameseDate(String isoDate) {
    try {
      return LocalDate.parse(isoDate).format(VIETNAMESE_DATE);
    } catch (DateTimeParseException notIso) {
      return isoDate;
    }
  }
}
