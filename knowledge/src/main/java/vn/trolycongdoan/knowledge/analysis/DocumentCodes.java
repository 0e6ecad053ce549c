package vn.trolycongdoan.knowledge.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Searchable forms of document numbers ({@code 38/KH-LĐLĐ}) and of references to them in words
 * ({@code Kế hoạch số 38}). Input is folded text; each method returns no forms for text it cannot
 * read.
 */
final class DocumentCodes {
  /** Document types as written out, with the abbreviation used in document numbers. */
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("kế hoạch", "kh"),
          Map.entry("nghị quyết", "nq"),
          Map.entry("nghị định", "nd"),
          Map.entry("quyết định", "qd"),
          Map.entry("quy định", "qdi"),
          Map.entry("chỉ thị", "ct"),
          Map.entry("kết luận", "kl"),
          Map.entry("chương trình", "ctr"),
          Map.entry("chương trình hành động", "cthd"),
          Map.entry("thông tư", "tt"),
          Map.entry("thông báo", "tb"),
          Map.entry("hướng dẫn", "hd"),
          Map.entry("công văn", "cv"),
          Map.entry("báo cáo", "bc"),
          Map.entry("đề án", "da"));

  private static final Map<String, String> FOLDED_TYPES =
      TYPES.entrySet().stream()
          .collect(
              Collectors.toMap(type -> VietnameseText.fold(type.getKey()), Map.Entry::getValue));

  /** Type names, accented and folded, longest first; to be used on normalized text. */
  static final String TYPE_NAMES =
      Stream.concat(TYPES.keySet().stream(), FOLDED_TYPES.keySet().stream())
          .sorted(Comparator.comparingInt(String::length).reversed())
          .collect(Collectors.joining("|"));

  private static final Pattern SEPARATOR = Pattern.compile("[-/]");
  private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
  private static final Pattern REFERENCE =
      Pattern.compile("(?<type>\\p{L}+(?:\\h\\p{L}+)*?)\\h+(?:so\\h+)?(?<number>\\d+\\p{L}{0,2})");

  private DocumentCodes() {}

  /**
   * {@code 05-ct/tw} → {@code 05-ct/tw} as written, {@code 5/ct/tw} with every separator a slash
   * and no leading zeros, and {@code 5/ct}, the number and the first segment that is not a number,
   * which is what a reference in words gives.
   */
  static List<String> forms(String code) {
    List<String> segments = new ArrayList<>();
    for (String segment : SEPARATOR.split(code)) {
      segments.add(withoutLeadingZeros(segment));
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(code);
    forms.add(String.join("/", segments));
    segments.stream()
        .skip(1)
        .filter(segment -> Character.isLetter(segment.charAt(0)))
        .findFirst()
        .ifPresent(type -> forms.add(segments.get(0) + "/" + type));
    return List.copyOf(forms);
  }

  /** {@code ke hoach so 47} → {@code 47/kh}. */
  static List<String> reference(String reference) {
    Matcher parts = REFERENCE.matcher(reference);
    if (!parts.matches() || !FOLDED_TYPES.containsKey(parts.group("type"))) {
      return List.of();
    }
    return List.of(
        withoutLeadingZeros(parts.group("number")) + "/" + FOLDED_TYPES.get(parts.group("type")));
  }

  private static String withoutLeadingZeros(String segment) {
    return LEADING_ZEROS.matcher(segment).replaceFirst("");
  }
}
