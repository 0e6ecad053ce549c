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

  boolean conflicts(String passageWithHeadings) {
    if (asked.isEmpty()) {
      return false;
    }
    Set<String> named = years(passageWithHeadings);
    return !named.isEmpty() && named.stream().noneMatch(asked::contains);
  }

  private static Set<String> years(String text) {
    Set<String> years = new HashSet<>();
    Matcher matcher = YEAR.matcher(text);
    while (matcher.find()) {
      years.add(matcher.group());
    }
    return years;
  }
}
