package vn.trolycongdoan.bot.reports.period;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * Periods as people write them in a chat: {@code T6/2024}, {@code 06/2024}, {@code tháng 6/2024}
 * (month); {@code Q2/2024}, {@code quý II/2024} (quarter); {@code 6T/2024}, {@code H1/2024}
 * (half-year); {@code 2024}, {@code N2024}, {@code năm 2024} (year); and the API forms of {@link
 * Period#parse}. Case, diacritics and spaces do not matter. Pure and thread-safe.
 */
public final class ChatPeriods {

  private static final Pattern MONTH = Pattern.compile("(?:t|thang)?(\\d{1,2})/(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(?:q|quy)(\\d+|[ivx]+)/(\\d{4})");
  private static final Pattern SIX_MONTHS = Pattern.compile("(\\d{1,2})t/(\\d{4})");
  private static final Pattern HALF = Pattern.compile("h(\\d+)/(\\d{4})");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern YEAR = Pattern.compile("(?:n|nam)?(\\d{4})");
  private static final Pattern API = Pattern.compile("\\d{4}-(?:\\d{2}|q\\d|h\\d)");
  private static final String[] ROMAN = {"i", "ii", "iii", "iv"};

  private ChatPeriods() {}

  /**
   * Whether {@code text} is written like a period, valid or not: {@code T13/2024} and {@code
   * Q5/2024} are, {@code DVM} and {@code 15} are not.
   */
  public static boolean looksLikePeriod(String text) {
    String form = compact(text);
    return MONTH.matcher(form).matches()
        || QUARTER.matcher(form).matches()
        || SIX_MONTHS.matcher(form).matches()
        || HALF.matcher(form).matches()
        || YEAR.matcher(form).matches()
        || API.matcher(form).matches();
  }

  /**
   * The period {@code text} names; empty if it names none, e.g. {@code T13/2024}, {@code 9T/2024}
   * or {@code DVM}.
   */
  public static Optional<Period> parse(String text) {
    String form = compact(text);
    try {
      if (API.matcher(form).matches()) {
        return Optional.of(Period.parse(form.toUpperCase(Locale.ROOT)));
      }
      Matcher month = MONTH.matcher(form);
      if (month.matches()) {
        return Optional.of(new Period(Cadence.MONTH, year(month), number(month)));
      }
      Matcher quarter = QUARTER.matcher(form);
      if (quarter.matches()) {
        int year = year(quarter);
        return quarter(quarter.group(1)).map(q -> new Period(Cadence.QUARTER, year, q));
      }
      Matcher sixMonths = SIX_MONTHS.matcher(form);
      if (sixMonths.matches()) {
        return number(sixMonths) == 6
            ? Optional.of(new Period(Cadence.HALF_YEAR, year(sixMonths), 1))
            : Optional.empty();
      }
      Matcher half = HALF.matcher(form);
      if (half.matches()) {
        return Optional.of(new Period(Cadence.HALF_YEAR, year(half), number(half)));
      }
      Matcher year = YEAR.matcher(form);
      if (year.matches()) {
        return Optional.of(new Period(Cadence.YEAR, number(year), 1));
      }
    } catch (IllegalArgumentException outOfRange) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int number(Matcher m) {
    return Integer.parseInt(m.group(1));
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group(2));
  }

  private static Optional<Integer> quarter(String written) {
    for (int i = 0; i < ROMAN.length; i++) {
      if (ROMAN[i].equals(written)
          || String.valueOf(i + 1).equals(written.replaceFirst("^0", ""))) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  private static String compact(String text) {
    return WHITESPACE.matcher(VietnameseText.fold(text)).replaceAll("");
  }
}
