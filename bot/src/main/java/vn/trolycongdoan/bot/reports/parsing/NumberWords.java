package vn.trolycongdoan.bot.reports.parsing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers written in Vietnamese words, with or without diacritics: {@code mười lăm} (15), {@code
 * hai mươi mốt} (21), {@code một trăm linh năm} (105), {@code ba nghìn hai trăm} (3,200), {@code
 * hai triệu} (2,000,000). Reads the longest run of number words; pure and thread-safe.
 */
final class NumberWords {

  private static final Map<String, Integer> DIGITS =
      Map.ofEntries(
          Map.entry("khong", 0),
          Map.entry("mot", 1),
          Map.entry("hai", 2),
          Map.entry("ba", 3),
          Map.entry("bon", 4),
          Map.entry("tu", 4),
          Map.entry("nam", 5),
          Map.entry("lam", 5),
          Map.entry("sau", 6),
          Map.entry("bay", 7),
          Map.entry("tam", 8),
          Map.entry("chin", 9));
  private static final Map<String, Long> SCALES =
      Map.of("nghin", 1_000L, "ngan", 1_000L, "trieu", 1_000_000L, "ty", 1_000_000_000L);

  private NumberWords() {}

  /** The number whose words start at {@code from}, if a digit word or "mười" is among them. */
  static Optional<VietnameseNumbers.Reading> read(List<Token> words, int from) {
    long total = 0;
    long group = 0;
    int lastDigit = -1;
    boolean anyDigit = false;
    int at = from;
    for (; at < words.size(); at++) {
      String word = words.get(at).key();
      if (DIGITS.containsKey(word)) {
        if (lastDigit >= 0) {
          break;
        }
        lastDigit = DIGITS.get(word);
        group += lastDigit;
        anyDigit = true;
      } else if (word.equals("muoi") || word.equals("chuc")) {
        if (lastDigit > 0) {
          group += lastDigit * 9L;
        } else {
          group += 10;
          anyDigit = true;
        }
        lastDigit = -1;
      } else if (word.equals("tram")) {
        if (group == 0 || group > 9) {
          break;
        }
        group *= 100;
        lastDigit = -1;
      } else if (word.equals("linh") || word.equals("le")) {
        lastDigit = -1;
      } else if (SCALES.containsKey(word) && anyDigit) {
        total += Math.max(group, 1) * SCALES.get(word);
        group = 0;
        lastDigit = -1;
      } else {
        break;
      }
    }
    if (!anyDigit) {
      return Optional.empty();
    }
    return Optional.of(new VietnameseNumbers.Reading(BigDecimal.valueOf(total + group), at, false));
  }
}
