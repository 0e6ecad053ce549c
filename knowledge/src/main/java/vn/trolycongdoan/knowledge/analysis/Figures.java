package vn.trolycongdoan.knowledge.analysis;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
    MONEY,
    /** A day of the calendar: "ngày 01 tháng 7 năm 2025", "trước ngày 20/6". */
    DATE
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

  /**
   * A question's words asking for a figure, folded, in one pattern so that a question is read in
   * one pass: "how many" before a unit, the words of a percentage or an amount of money, "how long"
   * (any length of time), "by when" (a deadline) and "which day".
   */
  private static final Pattern ASKED =
      Pattern.compile(
          "\\b(?:(?:may|bao nhieu|bn|toi da|toi thieu|it nhat) (?<unit>ngay|hom|tuan|thang|nam|gio"
              + "|tieng|phut|tuoi|tien|dong|trieu)|(?<percent>phan tram|ty le)"
              + "|(?<money>muc (?:luong|tro cap|dong))"
              + "|(?<length>bao lau|may lau|thoi han|trong vong)"
              + "|(?<deadline>cham nhat|tre nhat|han chot|han cuoi|den khi nao|den bao gio)"
              + "|(?<date>ngay nao|ngay may|tu bao gio|thoi diem nao))\\b");

  /** The kind of figure each unit after "bao nhiêu", "mấy"… asks for. */
  private static final Map<String, Kind> UNITS =
      Map.ofEntries(
          Map.entry("ngay", Kind.DAYS),
          Map.entry("hom", Kind.DAYS),
          Map.entry("tuan", Kind.WEEKS),
          Map.entry("thang", Kind.MONTHS),
          Map.entry("nam", Kind.YEARS),
          Map.entry("gio", Kind.HOURS),
          Map.entry("tieng", Kind.HOURS),
          Map.entry("phut", Kind.HOURS),
          Map.entry("tuoi", Kind.AGE),
          Map.entry("tien", Kind.MONEY),
          Map.entry("dong", Kind.MONEY),
          Map.entry("trieu", Kind.MONEY));

  /**
   * A date ("ngày 01 tháng 7 năm 2025", "tháng 12 năm 2024", "ngày 20/6", "ngày cuối cùng của
   * tháng"), folded: no length of time.
   */
  private static final Pattern DATE =
      Pattern.compile(
          "\\b(?:(?:ngay \\d+ )?thang \\d+(?: nam \\d+)?|ngay \\d{1,2} \\d{1,2}(?: \\d{4})?"
              + "|ngay cuoi cung cua (?:thang|quy|nam))\\b");

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

  /**
   * The kinds of figure {@code question} asks for; empty when it asks for none. "Bao lâu" and the
   * like ask for any length of time, unless the question names the unit too; "chậm nhất", "hạn
   * chót" for a date or any length of time ("chậm nhất là ngày cuối cùng của tháng", "chậm nhất 45
   * ngày"), the date alone with "ngày nào".
   */
  public static Set<Kind> asked(String question) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    if (question.indexOf('%') >= 0) {
      kinds.add(Kind.PERCENT);
    }
    boolean length = false;
    boolean date = false;
    boolean deadline = false;
    Matcher m = ASKED.matcher(VietnameseText.foldedWords(question));
    while (m.find()) {
      if (m.group("unit") != null) {
        kinds.add(UNITS.get(m.group("unit")));
      } else if (m.group("percent") != null) {
        kinds.add(Kind.PERCENT);
      } else if (m.group("money") != null) {
        kinds.add(Kind.MONEY);
      } else if (m.group("date") != null) {
        date = true;
      } else if (m.group("deadline") != null) {
        deadline = true;
      } else {
        length = true;
      }
    }
    if (kinds.isEmpty() && (length || deadline && !date)) {
      kinds.addAll(LENGTHS);
    }
    if (date || deadline) {
      kinds.add(Kind.DATE);
    }
    return kinds;
  }

  /** The kinds of figure {@code text} states; a date is a {@link Kind#DATE} and no length. */
  public static Set<Kind> stated(String text) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    Matcher date = DATE.matcher(VietnameseText.foldedWords(text));
    if (date.find()) {
      kinds.add(Kind.DATE);
    }
    String folded = date.replaceAll(" ");
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
}
