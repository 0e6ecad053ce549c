package vn.trolycongdoan.bot.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.answer.AnswerHit;

/** How an answer names its source: title, number, date, section, as Vietnamese readers expect. */
public final class Citation {

  private static final Pattern NAMED_SECTION = Pattern.compile("(Phần|Chương|Mục|Điều|Phụ lục)\\b");
  private static final Pattern RECIPIENTS =
      Pattern.compile("nơi nhận:?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Citation() {}

  /**
   * Title, number, date and section, e.g. {@code Kế hoạch …, số 38/KH-LĐLĐ, ngày 12/03/2024, mục II
   * › 2}; a law's section names itself and is followed by the khoản or điểm the answer quotes
   * ({@code …, Chương X › Điều 139, khoản 1}). A hit without a section (the preamble, the
   * signature) is cited by its document alone, and so is one in the list of recipients ("Nơi
   * nhận"), which is not a part of the document's content.
   */
  public static String of(AnswerHit hit) {
    StringBuilder citation = new StringBuilder(document(hit.title(), hit.number(), hit.date()));
    appendSection(citation, hit.section());
    String clause = hit.clause() == null ? "" : hit.clause().strip();
    if (!clause.isEmpty()) {
      citation.append(", ").append(clause);
    }
    return citation.toString();
  }

  /**
   * Title, number and date of a document and one of its sections, cited as in {@link
   * #of(AnswerHit)}.
   */
  public static String of(DocumentSummary document, String section) {
    StringBuilder citation = new StringBuilder(of(document));
    appendSection(citation, section);
    return citation.toString();
  }

  private static void appendSection(StringBuilder citation, String section) {
    String path = section == null ? "" : section.strip();
    if (!path.isEmpty() && !RECIPIENTS.matcher(path).matches()) {
      citation.append(NAMED_SECTION.matcher(path).lookingAt() ? ", " : ", mục ").append(path);
    }
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
