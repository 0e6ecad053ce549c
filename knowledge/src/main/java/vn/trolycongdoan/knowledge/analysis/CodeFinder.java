package vn.trolycongdoan.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds code-like spans in text: document numbers and references to them in words, dates, year
 * ranges, amounts of money, percentages and large numbers, each with its searchable forms (see
 * {@link DocumentCodes} and {@link CodeForms}).
 *
 * <p>Matching runs on the {@linkplain NormalizedText normalized} text, so case, tone placement,
 * decomposed input and full-width digits do not matter; accented and unaccented unit words are both
 * recognised ("đồng"/"dong", "triệu"/"trieu") while accented look-alikes are not ("ngân" is no
 * "ngàn").
 */
final class CodeFinder {
  /** A span of the original text and its forms; the first form is the primary one. */
  record Code(int start, int end, List<String> forms) {}

  private static final String START = "(?<![\\p{L}\\p{N}]|\\p{N}[.,])";
  private static final String END = "(?![\\p{L}\\p{N}]|[.,]\\p{N})";
  private static final String WORD_END = "(?![\\p{L}\\p{N}])";
  private static final String NUMBER = "\\d++(?:[.,]\\d++)*+";
  private static final String LARGE_NUMBER = "(?:\\d{1,3}(?:\\.\\d{3})++|\\d{3,})(?:,\\d++)?";
  private static final String MULTIPLIER =
      "(?:nghìn|nghin|ngàn|ngan|triệu|trieu|tỷ|tỉ|ty|ti)(?!\\h?(?:lệ|le)" + WORD_END + ")|k";
  private static final String CURRENCY_WORD = "đồng|dong|vnđ|vnd";
  private static final String AMOUNT =
      NUMBER
          + "\\h?(?:"
          + MULTIPLIER
          + ")(?:\\h?(?:"
          + CURRENCY_WORD
          + "|đ|d))?"
          + WORD_END
          + "|"
          + NUMBER
          + "\\h?(?:"
          + CURRENCY_WORD
          + ")"
          + WORD_END
          + "|"
          + LARGE_NUMBER
          + "\\h?[đd]"
          + WORD_END;
  private static final String PERCENT =
      NUMBER + "\\h?(?:%|(?:phần trăm|phan tram)" + WORD_END + ")";
  private static final String SEGMENT = "[-/][\\p{L}\\p{N}]++";
  private static final String DOCUMENT =
      "\\d++\\p{L}{0,2}(?=(?:" + SEGMENT + ")*?[-/]\\p{L})(?:" + SEGMENT + ")++" + END;
  private static final String REFERENCE =
      "(?:"
          + DocumentCodes.TYPE_NAMES
          + ")\\h+(?:số\\h+|so\\h+)?\\d++\\p{L}{0,2}"
          + "(?![\\p{L}\\p{N}]|[-/.,][\\p{L}\\p{N}])";
  private static final String DATE =
      "(?:(?:ngày|ngay)\\h+\\d{1,2}\\h+(?:tháng|thang)\\h+\\d{1,2}(?:\\h+(?:năm|nam)\\h+\\d{4})?"
          + "|(?:tháng|thang)\\h+\\d{1,2}\\h+(?:năm|nam)\\h+\\d{4}"
          + "|\\d{1,2}/\\d{1,2}(?:/(?:\\d{4}|\\d{2}))?|\\d{1,2}/\\d{4}"
          + "|\\d{1,2}-\\d{1,2}-\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})"
          + END;
  private static final String YEAR_RANGE = "\\d{4}\\h?[-–—]\\h?\\d{4}" + END;
  private static final String PLAIN_NUMBER = "(?:\\d{1,3}(?:\\.\\d{3})++(?:,\\d++)?|\\d{4,})" + END;

  /** Kinds in the order they are tried at each position, with the forms of each. */
  private static final List<Kind> KINDS =
      List.of(
          new Kind("amount", AMOUNT, CodeForms::amount),
          new Kind("percent", PERCENT, CodeForms::percent),
          new Kind("document", DOCUMENT, DocumentCodes::forms),
          new Kind("reference", REFERENCE, DocumentCodes::reference),
          new Kind("date", DATE, CodeForms::date),
          new Kind("range", YEAR_RANGE, CodeForms::yearRange),
          new Kind("number", PLAIN_NUMBER, CodeForms::number));

  private static final Pattern PATTERN =
      Pattern.compile(
          START
              + "(?:"
              + String.join(
                  "|",
                  KINDS.stream()
                      .map(kind -> "(?<" + kind.name() + ">" + kind.regex() + ")")
                      .toList())
              + ")");

  private record Kind(String name, String regex, Function<String, List<String>> forms) {}

  private CodeFinder() {}

  /**
   * Codes in {@code text} in order of their start offsets, which are offsets in {@code text}. A
   * code never spans a line break.
   */
  static List<Code> find(String text) {
    if (text.chars().noneMatch(Character::isDigit)) {
      return List.of();
    }
    NormalizedText normalized = NormalizedText.of(text);
    String searched = normalized.text();
    Matcher matcher =
        PATTERN.matcher(searched).useTransparentBounds(true).useAnchoringBounds(false);
    List<Code> codes = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < searched.length()) {
      int lineEnd = searched.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? searched.length() : lineEnd;
      if (hasDigit(searched, lineStart, lineEnd)) {
        matcher.region(lineStart, lineEnd);
        while (matcher.find()) {
          List<String> forms = forms(matcher);
          if (!forms.isEmpty()) {
            codes.add(
                new Code(
                    normalized.originalStart(matcher.start()),
                    normalized.originalEnd(matcher.end() - 1),
                    forms));
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return codes;
  }

  /** Every kind of code has a digit; lines without one are not searched. */
  private static boolean hasDigit(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static List<String> forms(Matcher matcher) {
    for (Kind kind : KINDS) {
      String matched = matcher.group(kind.name());
      if (matched != null) {
        return kind.forms().apply(VietnameseText.fold(matched));
      }
    }
    throw new IllegalStateException("no kind matched: " + matcher.group());
  }
}
