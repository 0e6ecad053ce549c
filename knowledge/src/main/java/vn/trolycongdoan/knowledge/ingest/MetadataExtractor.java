package vn.trolycongdoan.knowledge.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a cleaned document says about itself in its header and signature block.
 *
 * <ul>
 *   <li>kind: the first all-caps header line starting with a document kind, as written ({@code KẾ
 *       HOẠCH}, {@code CHƯƠNG TRÌNH HÀNH ĐỘNG}, {@code BỘ LUẬT}…);
 *   <li>title: the line after a bare kind line (the trích yếu); when the kind line goes on ({@code
 *       BỘ LUẬT LAO ĐỘNG}) the kind line itself in the case laws are cited by ({@code Bộ luật Lao
 *       động});
 *   <li>number: from {@code Số: 27 /KH-LĐLD}, spaces removed ({@code 27/KH-LĐLD});
 *   <li>issuer: the last all-caps header line above the kind line other than the national motto, as
 *       written (the lower body when a parent body stands above it), else the subject of "… ban
 *       hành …" ({@code Quốc hội});
 *   <li>place and date: from {@code Lai Châu, ngày 23 tháng 02 năm 2024};
 *   <li>signer: a personal name (two to five capitalised words) among the last lines.
 * </ul>
 *
 * <p>Fields the document does not carry are {@code null}. Pure and thread-safe.
 */
public final class MetadataExtractor {

  private static final int HEADER_LINES = 20;
  private static final int SIGNATURE_LINES = 6;
  private static final List<String> KINDS =
      List.of(
              "CHƯƠNG TRÌNH HÀNH ĐỘNG",
              "CHƯƠNG TRÌNH",
              "KẾ HOẠCH",
              "BỘ LUẬT",
              "LUẬT",
              "NGHỊ QUYẾT",
              "NGHỊ ĐỊNH",
              "THÔNG TƯ",
              "QUYẾT ĐỊNH",
              "CHỈ THỊ",
              "HƯỚNG DẪN",
              "THÔNG BÁO",
              "BÁO CÁO",
              "KẾT LUẬN",
              "CÔNG VĂN",
              "QUY CHẾ",
              "QUY ĐỊNH",
              "ĐIỀU LỆ",
              "ĐỀ ÁN",
              "TỜ TRÌNH")
          .stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();
  private static final Pattern NUMBER = Pattern.compile("^Số\\s*:\\s*(.*\\d.*)$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ENACTED_BY =
      Pattern.compile("^(\\p{Lu}[\\p{L} ]{1,60}?) ban hành \\S.*$");
  private static final Pattern PERSON =
      Pattern.compile("^\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){1,4}$");
  private static final Pattern NATIONAL_MOTTO = Pattern.compile("^(?:CỘNG H|ĐỘC LẬP)");

  private MetadataExtractor() {}

  /** The metadata found in {@code cleanText}, the output of {@link TextCleaner#clean}. */
  public static DocumentMetadata extract(String cleanText) {
    List<String> lines = cleanText.lines().toList();
    List<String> header = lines.subList(0, Math.min(HEADER_LINES, lines.size()));
    int kindLine = kindLine(header);
    String kind = kindLine < 0 ? null : kindOf(header.get(kindLine));
    Matcher placeDate = firstMatch(header, Lines.PLACE_DATE);
    return new DocumentMetadata(
        kind,
        number(header),
        issuer(header, kindLine),
        placeDate == null ? null : placeDate.group(1).strip(),
        placeDate == null ? null : date(placeDate),
        kindLine < 0 ? null : title(header, kindLine, kind),
        signer(lines));
  }

  private static int kindLine(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      if (Lines.isAllCaps(header.get(i)) && kindOf(header.get(i)) != null) {
        return i;
      }
    }
    return -1;
  }

  private static String kindOf(String line) {
    return KINDS.stream()
        .filter(kind -> line.equals(kind) || line.startsWith(kind + " "))
        .findFirst()
        .orElse(null);
  }

  private static String title(List<String> header, int kindLine, String kind) {
    String line = header.get(kindLine);
    if (!line.equals(kind)) {
      String lower = line.toLowerCase(Locale.ROOT);
      int subject = kind.length() + 1;
      return Character.toUpperCase(lower.charAt(0))
          + lower.substring(1, subject)
          + Character.toUpperCase(lower.charAt(subject))
          + lower.substring(subject + 1);
    }
    if (kindLine + 1 >= header.size()) {
      return null;
    }
    String next = header.get(kindLine + 1);
    boolean isTitle =
        !Lines.isAllCaps(next)
            && !Lines.isNumbered(next)
            && !next.startsWith("Căn cứ")
            && !Lines.PLACE_DATE.matcher(next).matches()
            && !NUMBER.matcher(next).matches();
    return isTitle ? next : null;
  }

  private static String number(List<String> header) {
    Matcher number = firstMatch(header, NUMBER);
    return number == null ? null : WHITESPACE.matcher(number.group(1)).replaceAll("");
  }

  private static String issuer(List<String> header, int kindLine) {
    String issuer = null;
    for (int i = 0; i < kindLine; i++) {
      String line = header.get(i);
      if (Lines.isAllCaps(line) && !NATIONAL_MOTTO.matcher(line).find()) {
        issuer = line;
      }
    }
    if (issuer != null) {
      return issuer;
    }
    Matcher enactedBy = firstMatch(header, ENACTED_BY);
    return enactedBy == null ? null : enactedBy.group(1);
  }

  private static LocalDate date(Matcher placeDate) {
    try {
      return LocalDate.of(
          Integer.parseInt(placeDate.group(4)),
          Integer.parseInt(placeDate.group(3)),
          Integer.parseInt(placeDate.group(2)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String signer(List<String> lines) {
    for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - SIGNATURE_LINES); i--) {
      if (PERSON.matcher(lines.get(i)).matches()) {
        return lines.get(i);
      }
    }
    return null;
  }

  private static Matcher firstMatch(List<String> lines, Pattern pattern) {
    for (String line : lines) {
      Matcher matcher = pattern.matcher(line);
      if (matcher.matches()) {
        return matcher;
      }
    }
    return null;
  }
}
