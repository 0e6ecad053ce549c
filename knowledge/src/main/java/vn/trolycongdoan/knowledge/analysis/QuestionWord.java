package vn.trolycongdoan.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of a question as phrases are matched against it ({@link Paraphrases}, the question words
 * of the search): the characters between spaces without the punctuation around them, normalised,
 * and whether it was typed without diacritics.
 *
 * @param start where the word begins in the text, punctuation around it excluded
 * @param end where it ends (exclusive)
 */
public record QuestionWord(int start, int end, String normalized, String folded, boolean bare) {

  /** The words of {@code text}, in order; runs of punctuation alone are skipped. */
  public static List<QuestionWord> split(String text) {
    List<QuestionWord> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int tokenEnd = i;
      while (tokenEnd < text.length() && !Character.isWhitespace(text.charAt(tokenEnd))) {
        tokenEnd++;
      }
      int start = i;
      int end = tokenEnd;
      while (start < end && !isWordChar(text.charAt(start))) {
        start++;
      }
      while (end > start && !isWordChar(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        words.add(of(start, end, text.substring(start, end)));
      }
      i = tokenEnd;
    }
    return words;
  }

  private static QuestionWord of(int start, int end, String core) {
    String normalized = VietnameseText.normalize(core);
    String folded = VietnameseText.fold(normalized);
    return new QuestionWord(start, end, normalized, folded, folded.equals(normalized));
  }

  /** Whether this word is {@code word}: by its diacritics when typed with them, else folded. */
  public boolean is(PhraseWord word) {
    return bare ? normalized.equals(word.folded()) : normalized.equals(word.normalized());
  }

  /** Letters, digits and combining marks; a surrogate half counts, so emoji stay inside a word. */
  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
