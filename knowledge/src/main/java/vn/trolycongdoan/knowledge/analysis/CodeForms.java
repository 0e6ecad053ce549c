package vn.trolycongdoan.knowledge.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searchable forms of one folded number, amount, percentage, date or year range; the first form is
 * primary, the others are variants that let differently typed codes meet. Each method returns no
 * forms for text it cannot read. Document numbers are left to {@link DocumentCodes}.
 *
 * <ul>
 *   <li>Numbers follow Vietnamese usage: dots group thousands, a comma marks decimals ({@code
 *       18.000} → {@code 18000}, {@code 2,25} → {@code 2,25}); a single dot not followed by three
 *       digits is read as a decimal point ({@code 2.5} → {@code 2,5}).
 *   <li>Amounts: the value times its multiplier (nghìn, ngàn, triệu, tỷ, k), then {@code d} when a
 *       currency (đ, đồng, VNĐ) is written, plus the bare value: {@code 18.000đ} and {@code 18.000
 *       đồng} → {@code 18000d}, {@code 18000}; {@code 16,5 triệu} → {@code 16500000}.
 *   <li>Percentages: {@code 95 %} and {@code 95 phần trăm} → {@code 95%}.
 *   <li>Dates: day and month without leading zeros, slash-separated: {@code 08/8/2024}, {@code
 *       8-8-2024} and {@code ngày 08 tháng 8 năm 2024} → {@code 8/8/2024}; {@code 20/6} stays.
 *   <li>Year ranges: {@code 2023 - 2028} → {@code 2023-2028}.
 *   <li>Plain numbers: grouped ones are read as numbers ({@code 24.500} → {@code 24500}), other
 *       ones of four or more digits are kept as written.
 * </ul>
 */
final class CodeForms {
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?<number>[\\d.,]+)\\h?(?<multiplier>nghin|ngan|trieu|ty|ti|k)?\\h?(?<currency>\\p{L}+)?");
  private static final Map<String, BigDecimal> MULTIPLIERS =
      Map.of(
          "nghin", BigDecimal.valueOf(1_000),
          "ngan", BigDecimal.valueOf(1_000),
          "k", BigDecimal.valueOf(1_000),
          "trieu", BigDecimal.valueOf(1_000_000),
          "ty", BigDecimal.valueOf(1_000_000_000),
          "ti", BigDecimal.valueOf(1_000_000_000));
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
  private static final Pattern DECIMAL =
      Pattern.compile("(?<integer>\\d{1,3}(?:\\.\\d{3})*+|\\d+)(?:,(?<fraction>\\d+))?");
  private static final Pattern POINT_DECIMAL = Pattern.compile("\\d+\\.\\d+");
  private static final Pattern LEADING_NUMBER = Pattern.compile("[\\d.,]+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

  private CodeForms() {}

  static List<String> amount(String code) {
    Matcher parts = AMOUNT.matcher(code);
    if (!parts.matches()) {
      return List.of();
    }
    BigDecimal value = parse(parts.group("number"));
    if (value == null) {
      return List.of();
    }
    if (parts.group("multiplier") != null) {
      value = value.multiply(MULTIPLIERS.get(parts.group("multiplier")));
    }
    String formatted = format(value);
    return parts.group("currency") == null
        ? List.of(formatted)
        : List.of(formatted + "d", formatted);
  }

  static List<String> percent(String code) {
    Matcher number = LEADING_NUMBER.matcher(code);
    BigDecimal value = number.lookingAt() ? parse(number.group()) : null;
    return value == null ? List.of() : List.of(format(value) + "%");
  }

  static List<String> date(String code) {
    List<String> parts = DIGITS.matcher(code).results().map(MatchResult::group).toList();
    List<String> canonical = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      boolean year = i == 2 || parts.get(i).length() == 4;
      canonical.add(year ? parts.get(i) : LEADING_ZEROS.matcher(parts.get(i)).replaceFirst(""));
    }
    return List.of(String.join("/", canonical));
  }

  static List<String> yearRange(String code) {
    List<String> years = DIGITS.matcher(code).results().map(MatchResult::group).toList();
    return List.of(years.get(0) + "-" + years.get(1));
  }

  static List<String> number(String code) {
    if (!GROUPED.matcher(code).lookingAt()) {
      return List.of(code);
    }
    BigDecimal value = parse(code);
    return value == null ? List.of() : List.of(format(value));
  }

  /** Reads a number written the Vietnamese way, or returns {@code null}. */
  private static BigDecimal parse(String number) {
    Matcher decimal = DECIMAL.matcher(number);
    if (decimal.matches()) {
      String integer = decimal.group("integer").replace(".", "");
      String fraction = decimal.group("fraction");
      return new BigDecimal(fraction == null ? integer : integer + "." + fraction);
    }
    return POINT_DECIMAL.matcher(number).matches() ? new BigDecimal(number) : null;
  }

  /** Plain digits, a decimal comma, no trailing fraction zeros: {@code 2,5}, {@code 18000}. */
  private static String format(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
