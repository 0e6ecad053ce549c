package vn.trolycongdoan.knowledge.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * A question asking what a term means ("tiền lương là gì", "thế nào là đình công", "lao động chưa
 * thành niên là ai"), and whether a passage defines that term: it says "«term» là …" ("Tiền lương
 * là số tiền …"). Such a passage holds what the question asks for, though the question's other
 * words ("là gì") are not in it.
 *
 * <p>Thread-safe: stateless.
 */
final class DefinitionAsked {

  /** At most this many words make a term; a longer "… là gì" is a sentence, not a term. */
  private static final int MAX_TERM_WORDS = 6;

  /** Folded: "«term» là gì / là ai / nghĩa là gì / được hiểu là gì / là như thế nào". */
  private static final Pattern TERM_FIRST =
      Pattern.compile(
          "^(?:cho (?:em |minh |toi )?hoi )?(?<term>.+?) (?:la gi|la ai|nghia la gi"
              + "|duoc hieu (?:la gi|nhu the nao|the nao)|la nhu the nao)\\b");

  /** Folded: "thế nào là «term»", "thế nào được gọi là «term»", "định nghĩa «term»". */
  private static final Pattern TERM_LAST =
      Pattern.compile(
          "^(?:cho (?:em |minh |toi )?hoi )?(?:the nao (?:duoc goi )?la|dinh nghia|khai niem)"
              + " (?<term>.+?)(?: la gi)?$");

  /** Where a sentence or clause ends. */
  private static final Pattern PIECES = Pattern.compile("[.;:\\n]");

  /** A clause's number or letter left at the start of its words ("9 ", "a "). */
  private static final Pattern ENUMERATOR = Pattern.compile("^(?:\\d+|[a-z]) ");

  private DefinitionAsked() {}

  /** The folded words of the term {@code question} asks the meaning of, if it asks one. */
  static Optional<String> term(String question) {
    String folded = VietnameseText.foldedWords(question);
    for (Pattern pattern : new Pattern[] {TERM_FIRST, TERM_LAST}) {
      Matcher m = pattern.matcher(folded);
      if (m.find()) {
        String term = m.group("term");
        return term.split(" ").length <= MAX_TERM_WORDS ? Optional.of(term) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a sentence or clause of {@code text} opens with "«term» là …" (after its number, "9."
   * or "a)"), {@code term} as {@link #term} gives it: "Thời gian đóng bảo hiểm thất nghiệp … là"
   * does not define "bảo hiểm thất nghiệp".
   */
  static boolean defines(String text, String term) {
    String opening = term + " la ";
    for (String piece : PIECES.split(text)) {
      String words = VietnameseText.foldedWords(piece).strip();
      if (words.startsWith(opening)
          || ENUMERATOR.matcher(words).replaceFirst("").startsWith(opening)) {
        return true;
      }
    }
    return false;
  }
}
