package vn.trolycongdoan.knowledge.search;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a passage speaks of another year than the question: "đến năm 2025" is not answered by a
 * passage (with its headings) that names 2028 and never 2025. A passage naming no year, or the
 * asked one, passes.
 */
final class YearCheck {

  private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,])(?:19|20)\\d{2}(?![\\d%])");

  private final Set<String> asked;

  YearCheck(String question) {
    this.asked = years(question);
  }

  /** Whether a passage naming the years {@code named} ({@link #years}) speaks of another year. */
  boolean conflicts(Set<String> named) {
    return !asked.isEmpty() && !named.isEmpty() && named.stream().noneMatch(asked::contains);
  }

  /** The years {@code text} names, as written ("2025"); a passage's are read once, when stored. */
  static Set<String> years(String text) {
    Set<String> years = new HashSet<>();
    Matcher matcher = YEAR.matcher(text);
    while (matcher.find()) {
      years.add(matcher.group());
    }
    return years;
  }
}
