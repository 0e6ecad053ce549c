package vn.trolycongdoan.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lengths of time a member states ("đóng bhxh 20 năm", "con 2 tuổi", "sảy thai lúc 8 tuần",
 * "hợp đồng 6 tháng") and the ranges a law's conditions set ("từ đủ 15 năm đến dưới 30 năm", "con
 * dưới 03 tuổi", "từ đủ 22 tuần tuổi trở lên", "từ 12 tháng đến 36 tháng"), so that the clause
 * whose range holds the member's figure can win over its neighbours. Lengths are compared in days
 * (a year 365, a month 30, a week 7; an age in years as a year).
 *
 * <p>Thread-safe: stateless; {@link Ranges} are immutable.
 */
public final class Quantities {

  /** How a text's ranges relate to the lengths a question states. */
  public enum Fit {
    /** A range of the text holds one of them. */
    HOLDS,
    /** The text has ranges, and none holds any of them. */
    EXCLUDES,
    /** The question states no length, or the text sets no range. */
    NONE
  }

  private static final String NUMBER = "\\b(\\d+)";
  private static final String UNIT =
      "(ngay lam viec|ngay|tuan tuoi|tuan|thang tuoi|thang|nam|tuoi)\\b";
  private static final Pattern STATED = Pattern.compile("(?:(hon|tren) )?" + NUMBER + " " + UNIT);

  private static final Pattern AGE = Pattern.compile(NUMBER + " tuoi\\b");

  /** From–to: "từ (đủ) A (unit) đến (dưới) B unit". */
  private static final Pattern BETWEEN =
      Pattern.compile(
          "tu (?:du )?" + NUMBER + "(?: " + UNIT + ")? den (duoi |het )?" + NUMBER + " " + UNIT);

  /** Below: "dưới B unit", "chưa đủ B unit" (not the end of a from–to). */
  private static final Pattern BELOW =
      Pattern.compile("(?<!den )(?:duoi|chua du) " + NUMBER + " " + UNIT);

  /** At least: "(từ) (đủ) A unit (liên tục) trở lên"; more than: "trên A unit". */
  private static final Pattern AT_LEAST =
      Pattern.compile("(?:(tren|hon) )?" + NUMBER + " " + UNIT + "(?: (?:lien tuc )?(tro len))?");

  /** Folded number words, "lăm" and "mốt" as they follow "mươi", "tư" as "bốn". */
  private static final Map<String, Integer> DIGITS =
      Map.ofEntries(
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

  private static final Pattern NUMBER_WORDS =
      Pattern.compile(
          "\\b((?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi)"
              + "(?: (?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi))*) "
              + UNIT);

  private Quantities() {}

  /** A range of lengths in days, {@code from} included, {@code to} included when said so. */
  private record Range(double from, double to, boolean toIncluded) {

    boolean holds(double days) {
      return days >= from && (toIncluded ? days <= to : days < to);
    }
  }

  /**
   * The lengths, in days, a question states; "hơn 22 tuần" counts as a little more than 22 weeks.
   *
   * @param question the question, as typed or in the laws' words
   */
  public static List<Double> stated(String question) {
    List<Double> lengths = new ArrayList<>();
    Matcher m = STATED.matcher(withDigits(folded(question)));
    while (m.find()) {
      double days = days(m.group(2), m.group(3));
      lengths.add(m.group(1) == null ? days : days + 0.5);
    }
    return lengths;
  }

  /** The ages in years a question states ("con em 16 tuổi", "mười bảy tuổi"), digits or words. */
  public static List<Integer> ages(String question) {
    List<Integer> ages = new ArrayList<>();
    Matcher m = AGE.matcher(withDigits(folded(question)));
    while (m.find()) {
      ages.add(Integer.parseInt(m.group(1)));
    }
    return ages;
  }

  /** How the ranges of {@code text} relate to {@code lengths} (from {@link #stated}). */
  public static Fit fit(List<Double> lengths, String text) {
    return lengths.isEmpty() ? Fit.NONE : ranges(text).fit(lengths);
  }

  /**
   * The ranges a text sets, read once so that they can be held against the lengths of question
   * after question ({@link Ranges#fit}) without folding the text again.
   */
  public static Ranges ranges(String text) {
    List<Range> ranges = rangesOf(folded(text));
    return ranges.isEmpty() ? Ranges.NONE : new Ranges(List.copyOf(ranges));
  }

  /** The ranges of a text ({@link #ranges(String)}). */
  public static final class Ranges {

    private static final Ranges NONE = new Ranges(List.of());

    private final List<Range> ranges;

    private Ranges(List<Range> ranges) {
      this.ranges = ranges;
    }

    /** How these ranges relate to {@code lengths} (from {@link #stated}). */
    public Fit fit(List<Double> lengths) {
      if (lengths.isEmpty() || ranges.isEmpty()) {
        return Fit.NONE;
      }
      for (Range range : ranges) {
        for (double length : lengths) {
          if (range.holds(length)) {
            return Fit.HOLDS;
          }
        }
      }
      return Fit.EXCLUDES;
    }
  }

  private static List<Range> rangesOf(String folded) {
    List<Range> ranges = new ArrayList<>();
    Matcher between = BETWEEN.matcher(folded);
    while (between.find()) {
      String unit = between.group(5);
      String fromUnit = between.group(2) == null ? unit : between.group(2);
      ranges.add(
          new Range(
              days(between.group(1), fromUnit),
              days(between.group(4), unit),
              between.group(3) == null));
    }
    Matcher below = BELOW.matcher(folded);
    while (below.find()) {
      ranges.add(new Range(0, days(below.group(1), below.group(2)), false));
    }
    Matcher atLeast = AT_LEAST.matcher(folded);
    while (atLeast.find()) {
      boolean more = atLeast.group(1) != null;
      if (more || atLeast.group(4) != null) {
        double days = days(atLeast.group(2), atLeast.group(3));
        ranges.add(new Range(more ? Math.nextUp(days) : days, Double.POSITIVE_INFINITY, true));
      }
    }
    return ranges;
  }

  /**
   * The text with numbers written as words before a unit in digits: "tám tuần" is "8 tuan", "mười
   * sáu tuổi" "16 tuoi", "hai mươi lăm năm" "25 nam".
   */
  private static String withDigits(String folded) {
    Matcher words = NUMBER_WORDS.matcher(folded);
    StringBuilder out = new StringBuilder();
    while (words.find()) {
      int value = 0;
      int digit = 0;
      for (String word : words.group(1).split(" ")) {
        if (word.equals("muoi")) {
          value += (digit == 0 ? 1 : digit) * 10;
          digit = 0;
        } else {
          digit = DIGITS.get(word);
        }
      }
      words.appendReplacement(out, (value + digit) + " " + words.group(2));
    }
    words.appendTail(out);
    return out.toString();
  }

  private static double days(String number, String unit) {
    return Double.parseDouble(number)
        * switch (unit) {
          case "nam", "tuoi" -> 365;
          case "thang", "thang tuoi" -> 30;
          case "tuan", "tuan tuoi" -> 7;
          default -> 1;
        };
  }

  private static String folded(String text) {
    return VietnameseText.foldedWords(text);
  }
}
