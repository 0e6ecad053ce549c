package vn.trolycongdoan.knowledge.search;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article of a law that a question names by number: {@code Điều 35}, {@code dieu 35}, {@code
 * Đ.35}, with an optional khoản before or after it ({@code khoản 2 Điều 113}, {@code điều 70 khoản
 * 3}, {@code điều 35 k2}), typed with or without diacritics, in any case. Which document is meant
 * is read elsewhere ({@link LawMentions}); this is only the numbers and where they stand.
 *
 * <p>"điều kiện", dates and amounts are no reference: an article is the word {@code điều} (or
 * {@code Đ.}) followed by a number.
 *
 * @param article the article number as numbered in the laws ({@code 35}, {@code 4a})
 * @param clause the khoản number ({@code 2}), or empty when the whole article is asked for
 * @param start where the reference begins in the question as {@link #nfc} gives it
 * @param end where it ends (exclusive)
 */
public record ArticleReference(String article, String clause, int start, int end) {

  private static final String NUMBER = "\\d{1,3}(?:[a-e](?![\\p{L}\\p{N}]))?(?!\\p{N})";
  private static final String CLAUSE_WORD = "(?:khoan\\s*|k\\.?(?=\\d))";
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:"
              + CLAUSE_WORD
              + "(?<before>"
              + NUMBER
              + ")\\s*,?\\s*(?:cua\\s+)?)?(?:dieu\\s*|d\\.\\s*)(?<article>"
              + NUMBER
              + ")(?:\\s*,?\\s*"
              + CLAUSE_WORD
              + "(?<after>"
              + NUMBER
              + "))?");

  /** The first article reference in {@code question}, or empty when it names no article. */
  public static Optional<ArticleReference> in(String question) {
    Matcher m = REFERENCE.matcher(foldedInPlace(nfc(question)));
    if (!m.find()) {
      return Optional.empty();
    }
    String clause = m.group("before") != null ? m.group("before") : m.group("after");
    return Optional.of(
        new ArticleReference(m.group("article"), clause == null ? "" : clause, m.start(), m.end()));
  }

  /** Whether a khoản is asked for, not the whole article. */
  public boolean clauseAsked() {
    return !clause.isEmpty();
  }

  /** The question in NFC, which positions of a reference and of a mention are in. */
  public static String nfc(String question) {
    return Normalizer.normalize(question, Normalizer.Form.NFC);
  }

  /**
   * {@code text} (in NFC) lower-cased and without diacritics, {@code đ} as {@code d}, each
   * character in its place: the result has the length of {@code text}, so a position in one is the
   * same in the other. Any space character is a plain space.
   */
  static String foldedInPlace(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char lower = Character.toLowerCase(c);
      if (lower == 'đ') {
        folded.append('d');
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        folded.append(' ');
      } else if (lower < 0x80 || Character.isSurrogate(c)) {
        folded.append(lower);
      } else {
        String base = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        folded.append(
            Character.getType(base.charAt(0)) == Character.NON_SPACING_MARK
                ? lower
                : base.charAt(0));
      }
    }
    return folded.toString();
  }
}
