package vn.trolycongdoan.knowledge.analysis;

import com.ibm.icu.text.Normalizer2;
import java.util.regex.Pattern;

/**
 * Pure functions that bring Vietnamese text, however it was typed, to one comparable form.
 *
 * <p>The functions accept any string (any length, any code points, unpaired surrogates included),
 * never throw for non-null input, are idempotent, and are safe to call from any thread. An unpaired
 * surrogate becomes U+FFFD, as Lucene writes it in an index. Passing {@code null} throws {@link
 * NullPointerException}.
 */
public final class VietnameseText {

  /** What separates words: a run of anything but letters and digits. */
  public static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Normalizer2 CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** Syllables and characters recur endlessly in a corpus; their forms are remembered. */
  private static final WordCache NORMALIZED = new WordCache();

  private static final WordCache FOLDED = new WordCache();

  private VietnameseText() {}

  /**
   * Returns {@code s} in NFKC with Unicode case folding (so NFC and lower-case, and also full-width
   * forms and ligatures unfolded, invisible format characters dropped), with the tone mark of each
   * Vietnamese syllable on its canonical vowel ({@code "Hoà"} → {@code "hòa"}, see {@link
   * TonePlacement}). Diacritics are kept.
   */
  public static String normalize(String s) {
    if (isAscii(s)) {
      return asciiLowerCase(s);
    }
    return NORMALIZED.get(s, VietnameseText::normalizeUncached);
  }

  private static String normalizeUncached(String s) {
    String decomposed = caseFoldedDecomposed(s);
    StringBuilder out = new StringBuilder(decomposed.length());
    int i = 0;
    while (i < decomposed.length()) {
      int wordEnd = i;
      while (wordEnd < decomposed.length() && isWordChar(decomposed.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd > i) {
        out.append(TonePlacement.canonical(decomposed.substring(i, wordEnd)));
        i = wordEnd;
      } else {
        out.append(decomposed.charAt(i++));
      }
    }
    return NFC.normalize(out);
  }

  /**
   * Returns {@link #normalize(String) normalize(s)} without diacritics: combining marks removed and
   * {@code đ} replaced by {@code d} ({@code "Thỏa ước"} → {@code "thoa uoc"}). The result may be
   * shorter or longer than {@code s}.
   */
  public static String fold(String s) {
    if (isAscii(s)) {
      return asciiLowerCase(s);
    }
    return FOLDED.get(s, VietnameseText::foldUncached);
  }

  /**
   * The words of {@link #fold(String) fold(normalize(s))} joined by single spaces: each run of
   * characters other than letters and digits between words becomes one space, a run at the end
   * goes, and one at the start leaves a single space.
   */
  public static String foldedWords(String s) {
    return String.join(" ", NON_WORD.split(fold(normalize(s))));
  }

  private static String foldUncached(String s) {
    String decomposed = caseFoldedDecomposed(s);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .forEach(
            c -> {
              if (c == 'đ') {
                out.append('d');
              } else if (!isDiacritic(c)) {
                out.appendCodePoint(c);
              }
            });
    return NFC.normalize(out);
  }

  /**
   * Case-folded and decomposed. Decomposes before case folding too: folding can turn a mark into a
   * letter (U+0345 into ι), and only input in canonical order folds the same however it was typed.
   * Unpaired surrogates are replaced first: once folding drops what stood between two halves
   * (U+200B, a mark), they would join into a character that was never folded.
   */
  private static String caseFoldedDecomposed(String s) {
    return NFD.normalize(CASE_FOLD.normalize(NFD.normalize(withoutUnpairedSurrogates(s))));
  }

  private static String withoutUnpairedSurrogates(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = '\uFFFD';
      }
    }
    return chars == null ? s : new String(chars);
  }

  /** Letters and combining marks; the high or low half of a surrogate pair never counts. */
  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || isMark(c);
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isDiacritic(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String asciiLowerCase(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] += 'a' - 'A';
      }
    }
    return new String(chars);
  }
}
