package vn.trolycongdoan.bot.tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.trolycongdoan.bot.reports.ConfigFileException;

/**
 * Reads the tag list from text: {@code #} comment lines and blank lines, then one tag a line,
 * {@code key | label} (see config/tags.txt). Pure and thread-safe.
 */
public final class TagListReader {

  /** The most characters of a label: it must fit one button on a phone. */
  static final int MAX_LABEL = 40;

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,19}");

  private TagListReader() {}

  /**
   * The tags {@code text} lists.
   *
   * @param file the file's name as the operator knows it, for messages
   * @throws ConfigFileException naming the file, the line and the first problem
   */
  public static TagList read(String text, String file) {
    List<Tag> tags = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    String[] rows = text.split("\\R", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].strip();
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      int line = i + 1;
      Tag tag = tag(row, file, line);
      Integer earlier = lines.putIfAbsent(tag.key(), line);
      if (earlier != null) {
        throw new ConfigFileException(
            file,
            line,
            "chủ đề " + tag.key() + " trùng với dòng " + earlier,
            "tag " + tag.key() + " repeats line " + earlier);
      }
      tags.add(tag);
    }
    if (tags.isEmpty()) {
      throw new ConfigFileException(file, 0, "tệp không có chủ đề nào", "the file lists no tag");
    }
    return new TagList(tags);
  }

  private static Tag tag(String row, String file, int line) {
    String[] parts = row.split("\\|", -1);
    if (parts.length != 2) {
      throw new ConfigFileException(
          file,
          line,
          "cần dạng \"mã | tên chủ đề\", ví dụ \"phap-luat | Pháp luật\"",
          "expected \"key | label\", e.g. \"phap-luat | Pháp luật\"");
    }
    String key = parts[0].strip();
    String label = parts[1].strip();
    if (!KEY.matcher(key).matches()) {
      throw new ConfigFileException(
          file,
          line,
          "mã chủ đề \"" + key + "\" phải gồm 1–20 ký tự a–z, 0–9 hoặc -, bắt đầu bằng chữ hoặc số",
          "tag key \""
              + key
              + "\" must be 1-20 characters a-z, 0-9 or -, starting with a-z or 0-9");
    }
    int length = label.codePointCount(0, label.length());
    if (length == 0 || length > MAX_LABEL) {
      throw new ConfigFileException(
          file,
          line,
          "tên chủ đề " + key + " phải dài 1–" + MAX_LABEL + " ký tự",
          "the label of tag " + key + " must be 1-" + MAX_LABEL + " characters");
    }
    return new Tag(key, label);
  }
}
