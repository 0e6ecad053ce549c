package vn.trolycongdoan.knowledge.search;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;
import vn.trolycongdoan.knowledge.index.PassageRole;

/**
 * What kind of passage a question asks for, read from its wording: "ai ký" wants the signature,
 * "ban hành ngày nào" the date of issue, "bao nhiêu phần trăm" a percentage. The words that say so
 * are taken out of the question, since the passage that answers does not contain them.
 */
final class QuestionIntent {

  /** Folded phrases; matched on the folded question at word boundaries. */
  private static final Map<PassageRole, Pattern> PHRASES =
      Map.of(
          PassageRole.SIGNATURE, Pattern.compile("\\b(do ai ky|ai ky|nguoi ky|ky boi|ky ten)\\b"),
          PassageRole.ISSUE_DATE,
              Pattern.compile(
                  "\\b(ban hanh (vao )?(ngay|luc|khi) nao|ngay ban hanh( la)?( ngay nao)?|ban hanh bao gio)\\b"),
          PassageRole.PERCENTAGE, Pattern.compile("\\b(bao nhieu|may) phan tram\\b"));

  private QuestionIntent() {}

  /** The roles asked for and the question without the words that ask. */
  record Reading(Set<PassageRole> roles, String words) {}

  static Reading read(String question) {
    String words = VietnameseText.normalize(question);
    String folded = VietnameseText.fold(words);
    Set<PassageRole> roles = EnumSet.noneOf(PassageRole.class);
    for (Map.Entry<PassageRole, Pattern> intent : PHRASES.entrySet()) {
      Matcher matcher = intent.getValue().matcher(folded);
      if (matcher.find()) {
        roles.add(intent.getKey());
        words = blankOut(words, folded, matcher.start(), matcher.end());
      }
    }
    return new Reading(roles, words);
  }

  /**
   * Blanks the span of {@code original} whose fold is {@code folded}'s {@code [start, end)}, if
   * they align.
   */
  private static String blankOut(String original, String folded, int start, int end) {
    if (original.length() != folded.length()) {
      return original;
    }
    return original.substring(0, start) + " ".repeat(end - start) + original.substring(end);
  }
}
