package vn.trolycongdoan.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what OCR leaves of stamps and page furniture: page markers such as {@code 3/7} or {@code -
 * 3 -}, and clusters of two or more short all-caps fragments ({@code BỘ}, {@code AN CHUYỂN}, {@code
 * LIÊN}…) standing on lines of their own. A lone short all-caps line is kept, and so are the words
 * documents use as headings.
 */
final class StampDebris {

  private static final Pattern PAGE_MARKER =
      Pattern.compile(
          "^(?:\\d{1,3}\\s?/\\s?\\d{1,3}|-\\s?\\d{1,3}\\s?-|Trang\\s\\d{1,3}(?:\\s?/\\s?\\d{1,3})?)$");
  private static final Pattern FRAGMENT = Pattern.compile("^\\p{Lu}{1,7}(?: \\p{Lu}{1,7})?$");
  private static final Set<String> HEADING_WORDS =
      Set.of(
          "KẾ HOẠCH",
          "CHỈ THỊ",
          "NGHỊ QUYẾT",
          "QUYẾT ĐỊNH",
          "HƯỚNG DẪN",
          "THÔNG BÁO",
          "BÁO CÁO",
          "TỜ TRÌNH",
          "CÔNG VĂN",
          "KẾT LUẬN",
          "QUY CHẾ",
          "QUY ĐỊNH",
          "ĐỀ ÁN",
          "LUẬT",
          "BỘ LUẬT",
          "CHỦ TỊCH",
          "THƯ KÝ");

  private StampDebris() {}

  static List<RawLine> remove(List<RawLine> lines) {
    boolean[] drop = new boolean[lines.size()];
    int i = 0;
    while (i < lines.size()) {
      int end = runEnd(lines, i);
      markRun(lines, i, end, drop);
      i = Math.max(end, i + 1);
    }
    List<RawLine> kept = new ArrayList<>(lines.size());
    for (int k = 0; k < lines.size(); k++) {
      if (!drop[k]) {
        kept.add(lines.get(k));
      }
    }
    return kept;
  }

  /**
   * End (exclusive) of the run of fragments, page markers and blank lines that starts at {@code
   * start}.
   */
  private static int runEnd(List<RawLine> lines, int start) {
    int end = start;
    int lastDebris = start;
    while (end < lines.size()
        && (lines.get(end).isBlank() || isDebrisCandidate(lines.get(end).text()))) {
      if (!lines.get(end).isBlank()) {
        lastDebris = end + 1;
      }
      end++;
    }
    return lastDebris;
  }

  private static void markRun(List<RawLine> lines, int start, int end, boolean[] drop) {
    int fragments = 0;
    for (int k = start; k < end; k++) {
      if (isFragment(lines.get(k).text())) {
        fragments++;
      }
    }
    for (int k = start; k < end; k++) {
      String text = lines.get(k).text();
      drop[k] =
          PAGE_MARKER.matcher(text).matches()
              || (fragments >= 2 && (text.isEmpty() || isFragment(text)));
    }
  }

  private static boolean isDebrisCandidate(String line) {
    return PAGE_MARKER.matcher(line).matches() || isFragment(line);
  }

  private static boolean isFragment(String line) {
    return FRAGMENT.matcher(line).matches() && !HEADING_WORDS.contains(line);
  }
}
