package vn.trolycongdoan.knowledge.analysis;

/**
 * Moves the tone mark of one Vietnamese syllable onto its canonical vowel.
 *
 * <p>The canonical placement is the classic one used by most official documents and by the corpus:
 * a vowel carrying a shape mark (ă â ê ô ơ ư; the last one, so ươ takes it on ơ) wins; otherwise a
 * lone vowel; otherwise the last vowel when a final consonant follows (hoàn, huỳnh); otherwise the
 * middle of three vowels (hoài, khuỷu); otherwise the first of two (hòa, khỏe, thủy, mùa). The u of
 * "qu" and the i of "gi" belong to the initial consonant (quý, già, giữa).
 */
final class TonePlacement {
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
  private static final char CIRCUMFLEX = '\u0302';
  private static final char BREVE = '\u0306';
  private static final char HORN = '\u031B';
  private static final char NO_MARK = 0;

  private TonePlacement() {}

  private static boolean isTone(char c) {
    return TONES.indexOf(c) >= 0;
  }

  /**
   * Returns {@code word} with its tone on the canonical vowel.
   *
   * @param word a canonically decomposed (NFD), lower-case run of letters and combining marks
   * @return the rearranged decomposed word, or {@code word} itself when it is not a single
   *     Vietnamese syllable carrying exactly one tone mark on a vowel
   */
  static String canonical(String word) {
    int length = word.length();
    char[] bases = new char[length];
    char[] shapes = new char[length];
    int letters = 0;
    char tone = NO_MARK;
    for (int i = 0; i < length; i++) {
      char c = word.charAt(i);
      if (isBase(c)) {
        bases[letters++] = c;
      } else if (letters == 0) {
        return word;
      } else if (isTone(c)) {
        if (tone != NO_MARK || !isVowel(bases[letters - 1])) {
          return word;
        }
        tone = c;
      } else if (shapes[letters - 1] == NO_MARK && fitsShape(bases[letters - 1], c)) {
        shapes[letters - 1] = c;
      } else {
        return word;
      }
    }
    int target = toneTarget(bases, shapes, letters);
    if (tone == NO_MARK || target < 0) {
      return word;
    }
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < letters; i++) {
      out.append(bases[i]);
      if (shapes[i] != NO_MARK) {
        out.append(shapes[i]);
      }
      if (i == target) {
        out.append(tone);
      }
    }
    return out.toString();
  }

  /** Index of the letter that takes the tone, or -1 when the letters are not one syllable. */
  private static int toneTarget(char[] bases, char[] shapes, int letters) {
    int first = 0;
    while (first < letters && !isVowel(bases[first])) {
      first++;
    }
    int last = first;
    while (last + 1 < letters && isVowel(bases[last + 1])) {
      last++;
    }
    if (first == letters || hasVowelAfter(bases, last + 1, letters)) {
      return -1;
    }
    if (first == 1 && last > first && shapes[1] == NO_MARK && startsInitial(bases[0], bases[1])) {
      first++;
    }
    for (int i = last; i >= first; i--) {
      if (shapes[i] != NO_MARK) {
        return i;
      }
    }
    int vowels = last - first + 1;
    if (vowels == 1 || last + 1 < letters) {
      return last;
    }
    return switch (vowels) {
      case 2 -> first;
      case 3 -> first + 1;
      default -> -1;
    };
  }

  /** "qu" and "gi" are initial consonants when another vowel follows. */
  private static boolean startsInitial(char consonant, char vowel) {
    return (consonant == 'q' && vowel == 'u') || (consonant == 'g' && vowel == 'i');
  }

  private static boolean hasVowelAfter(char[] bases, int from, int letters) {
    for (int i = from; i < letters; i++) {
      if (isVowel(bases[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBase(char c) {
    return (c >= 'a' && c <= 'z') || c == 'đ';
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  private static boolean fitsShape(char base, char mark) {
    return switch (mark) {
      case CIRCUMFLEX -> base == 'a' || base == 'e' || base == 'o';
      case BREVE -> base == 'a';
      case HORN -> base == 'o' || base == 'u';
      default -> false;
    };
  }
}
