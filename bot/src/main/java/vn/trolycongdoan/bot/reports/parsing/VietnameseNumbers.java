package vn.trolycongdoan.bot.reports.parsing;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese reporters write them: {@code 3.500.000} (dots group thousands), {@code 3,5}
 * (comma before decimals), {@code 3,5 triệu}, {@code 200 nghìn}, {@code 2 tỷ}, {@code 85%}, {@code
 * -5}, and in words ({@code mười lăm}, {@code hai trăm linh năm}, {@code ba mươi mốt}). Pure and
 * thread-safe.
 */
final class VietnameseNumbers {

  /** A number read from words {@code from} up to {@code end} (exclusive). */
  record Reading(BigDecimal value, int end, boolean percent) {}

  private static final Pattern DIGITS = Pattern.compile("[+-]?\\d[\\d.,]*");
  private static final Pattern PLAIN = Pattern.compile("\\d+");
  private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3}){2,}(\\.\\d+)?");
  private static final Pattern ONE_DECIMAL_MARK = Pattern.compile("\\d+[.,]\\d+");

  /** A format per thread, since a {@code DecimalFormat} is not thread-safe and costly to build. */
  private static final ThreadLocal<DecimalFormat> FORMAT =
      ThreadLocal.withInitial(
          () -> {
            DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
            return new DecimalFormat("#,##0.##########", symbols);
          });

  private static final Map<String, BigDecimal> MULTIPLIERS =
      Map.of(
          "nghin", BigDecimal.valueOf(1_000),
          "ngan", BigDecimal.valueOf(1_000),
          "k", BigDecimal.valueOf(1_000),
          "trieu", BigDecimal.valueOf(1_000_000),
          "tr", BigDecimal.valueOf(1_000_000),
          "ty", BigDecimal.valueOf(1_000_000_000),
          "ti", BigDecimal.valueOf(1_000_000_000));

  private VietnameseNumbers() {}

  /** Whether a number starts at {@code from}. */
  static boolean startsAt(List<Token> words, int from) {
    return read(words, from).isPresent();
  }

  /** The number that starts at {@code from}, with its multiplier and percent sign, if any. */
  static Optional<Reading> read(List<Token> words, int from) {
    if (from >= words.size()) {
      return Optional.empty();
    }
    Optional<Reading> number =
        DIGITS.matcher(words.get(from).text()).matches()
            ? digits(words.get(from).text()).map(v -> new Reading(v, from + 1, false))
            : NumberWords.read(words, from);
    return number.map(n -> withSuffix(n, words));
  }

  private static Reading withSuffix(Reading number, List<Token> words) {
    int at = number.end();
    if (at < words.size() && MULTIPLIERS.containsKey(words.get(at).key())) {
      BigDecimal times = MULTIPLIERS.get(words.get(at).key());
      return withSuffix(new Reading(number.value().multiply(times), at + 1, false), words);
    }
    if (at < words.size() && words.get(at).key().equals("%")) {
      return new Reading(number.value(), at + 1, true);
    }
    if (at + 1 < words.size()
        && words.get(at).key().equals("phan")
        && words.get(at + 1).key().equals("tram")) {
      return new Reading(number.value(), at + 2, true);
    }
    return number;
  }

  /** A number in digits, or empty if its dots and commas fit no way of writing one. */
  static Optional<BigDecimal> digits(String text) {
    boolean negative = text.startsWith("-");
    String unsigned = text.replaceFirst("^[+-]", "");
    String plain;
    if (PLAIN.matcher(unsigned).matches()) {
      plain = unsigned;
    } else if (DOT_THOUSANDS.matcher(unsigned).matches()) {
      plain = unsigned.replace(".", "").replace(',', '.');
    } else if (COMMA_THOUSANDS.matcher(unsigned).matches()) {
      plain = unsigned.replace(",", "");
    } else if (ONE_DECIMAL_MARK.matcher(unsigned).matches()) {
      plain = unsigned.replace(',', '.');
    } else {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(plain);
    return Optional.of(negative ? value.negate() : value);
  }

  /** As Vietnamese readers write it: {@code 3.500.000}, {@code 3,5}. */
  static String format(BigDecimal value) {
    return FORMAT.get().format(value);
  }
}
