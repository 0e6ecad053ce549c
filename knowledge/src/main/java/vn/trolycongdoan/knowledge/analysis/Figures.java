package vn.trolycongdoan.knowledge.analysis;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of figure a question asks for ("bao nhiêu phần trăm", "mấy ngày", "bao lâu", "bao nhiêu
 * tuổi") and the kinds a text states ("30%", "06 tháng", "04 giờ"), so that a passage stating the
 * kind of figure asked for can win over one that only shares the question's words.
 *
 * <p>Thread-safe: stateless.
 */
public final class Figures {

  /** A kind of figure. */
  public enum Kind {
    PERCENT,
    DAYS,
    WEEKS,
    MONTHS,
    YEARS,
    HOURS,
    AGE,
    MONEY
  }

  /** How a text's figures relate to the kinds a question asks for. */
  public enum Fit {
    /** The text states a figure of a kind asked for. */
    HOLDS,
    /** The question asks for a kind of figure the text does not state. */
    LACKS,
    /** The question asks for no kind of figure. */
    NONE
  }

  private static final Set<Kind> LENGTHS =
      EnumSet.of(Kind.DAYS, Kind.WEEKS, Kind.MONTHS, Kind.YEARS, Kind.HOURS);

  private static final String HOW_MANY = "\\b(?:may|bao nhieu|bn|toi da|toi thieu|it nhat) ";

  /** A question's words for each kind, folded. */
  private static final Map<Kind, Pattern> ASKED =
      Map.of(
          Kind.PERCENT,
          Pattern.compile("\\b(?:phan tram|ty le)\\b"),
          Kind.DAYS,
          Pattern.compile(HOW_MANY + "(?:ngay|hom)\\b"),
          Kind.WEEKS,
          Pattern.compile(HOW_MANY + "tuan\\b"),
          Kind.MONTHS,
          Pattern.compile(HOW_MANY + "thang\\b"),
          Kind.YEARS,
          Pattern.compile(HOW_MANY + "nam\\b"),
          Kind.HOURS,
          Pattern.compile(HOW_MANY + "(?:gio|tieng|phut)\\b"),
          Kind.AGE,
          Pattern.compile(HOW_MANY + "tuoi\\b"),
          Kind.MONEY,
          Pattern.compile(HOW_MANY + "(?:tien|dong|trieu)\\b|\\bmuc (?:luong|tro cap|dong)\\b"));

  /** "Bao lâu", "thời hạn", "trong vòng": any length of time. */
  private static final Pattern HOW_LONG =
      Pattern.compile("\\b(?:bao lau|may lau|thoi han|cham nhat|trong vong)\\b");

  /** A percentage in digits, read from the text itself (folding drops the sign). */
  private static final Pattern PERCENTAGE = Pattern.compile("\\d\\s?%");

  /** A text's figures of each kind, folded. */
  private static final Map<Kind, Pattern> STATED =
      Map.of(
          Kind.PERCENT,
          Pattern.compile("\\bphan tram\\b"),
          Kind.DAYS,
          Pattern.compile("\\b\\d+ ngay\\b"),
          Kind.WEEKS,
          Pattern.compile("\\b\\d+ tuan\\b"),
          Kind.MONTHS,
          Pattern.compile("\\b\\d+ thang\\b"),
          Kind.YEARS,
          Pattern.compile("\\b\\d+ nam\\b"),
          Kind.HOURS,
          Pattern.compile("\\b\\d+ (?:gio|phut)\\b"),
          Kind.AGE,
          Pattern.compile("\\b\\d+ tuoi\\b"),
          Kind.MONEY,
          Pattern.compile("\\b\\d[\\d.]* (?:dong|trieu)\\b|\\bmuc luong (?:co so|toi thieu)\\b"));

  private Figures() {}

  /** The kinds of figure {@code question} asks for; empty when it asks for none. */
  public static Set<Kind> asked(String question) {
    String folded = folded(question);
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    ASKED.forEach(
        (kind, pattern) -> {
          if (pattern.matcher(folded).find()) {
            kinds.add(kind);
          }
        });
    if (kinds.isEmpty() && HOW_LONG.matcher(folded).find()) {
      kinds.addAll(LENGTHS);
    }
    return kinds;
  }

  /** The kinds of figure {@code text} states. */
  public static Set<Kind> stated(String text) {
    String folded = VietnameseText.foldedWords(text);
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    STATED.forEach(
        (kind, pattern) -> {
          if (pattern.matcher(folded).find()) {
            kinds.add(kind);
          }
        });
    if (PERCENTAGE.matcher(text).find()) {
      kinds.add(Kind.PERCENT);
    }
    return kinds;
  }

  /** How the figures a text states ({@link #stated}) relate to the kinds asked ({@link #asked}). */
  public static Fit fit(Set<Kind> asked, Set<Kind> stated) {
    if (asked.isEmpty()) {
      return Fit.NONE;
    }
    for (Kind kind : asked) {
      if (stated.contains(kind)) {
        return Fit.HOLDS;
      }
    }
    return Fit.LACKS;
  }

  /** The question folded, "%" read as "phần trăm" (folding drops the sign). */
  private static String folded(String question) {
    return VietnameseText.foldedWords(question.replace("%", " phần trăm "));
  }
}
