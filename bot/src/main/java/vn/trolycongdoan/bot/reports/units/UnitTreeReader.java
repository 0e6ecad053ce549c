package vn.trolycongdoan.bot.reports.units;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.trolycongdoan.bot.reports.ConfigFileException;

/**
 * Reads the org-unit tree from CSV text: {@code #} comment lines, then the header {@code
 * code,name,parent,opened,closed} and one unit a line (see config/units.csv). Pure and thread-safe.
 */
public final class UnitTreeReader {

  static final List<String> HEADER = List.of("code", "name", "parent", "opened", "closed");

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setCommentMarker('#').setTrim(true).get();

  private UnitTreeReader() {}

  /**
   * The tree {@code text} defines.
   *
   * @param file the file's name as the operator knows it, for messages
   * @throws ConfigFileException naming the file, the line and the first problem
   */
  public static UnitTree read(String text, String file) {
    List<OrgUnit> units = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      boolean header = true;
      for (CSVRecord record : parser) {
        int line = (int) parser.getCurrentLineNumber();
        List<String> fields = record.toList();
        if (header) {
          checkHeader(fields, file, line);
          header = false;
          continue;
        }
        OrgUnit unit = new UnitLine(file, line).unit(fields, units.isEmpty(), lines, units);
        units.add(unit);
        lines.put(unit.code(), line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Reading CSV from a string failed", e);
    } catch (UncheckedIOException e) {
      throw new ConfigFileException(
          file, 0, "không đọc được CSV: " + e.getCause().getMessage(), e.getCause().getMessage());
    }
    if (units.isEmpty()) {
      throw new ConfigFileException(file, 0, "tệp không có đơn vị nào", "the file lists no unit");
    }
    return new UnitTree(units);
  }

  private static void checkHeader(List<String> fields, String file, int line) {
    if (!fields.equals(HEADER)) {
      throw new ConfigFileException(
          file,
          line,
          "dòng tiêu đề phải là " + String.join(",", HEADER),
          "the header must be " + String.join(",", HEADER));
    }
  }

  /** Checks one line of units. */
  private record UnitLine(String file, int line) {

    OrgUnit unit(
        List<String> fields, boolean first, Map<String, Integer> lines, List<OrgUnit> before) {
      if (fields.size() != HEADER.size()) {
        throw problem(
            "cần " + HEADER.size() + " cột (" + String.join(",", HEADER) + "), có " + fields.size(),
            "expected " + HEADER.size() + " columns, found " + fields.size());
      }
      String code = fields.get(0);
      if (!CODE.matcher(code).matches()) {
        throw problem(
            "mã đơn vị \"" + code + "\" phải gồm 1–20 chữ in hoa A–Z, số hoặc -",
            "unit code \"" + code + "\" must be 1-20 of A-Z, 0-9 or -");
      }
      if (lines.containsKey(code)) {
        throw problem(
            "mã đơn vị " + code + " đã dùng ở dòng " + lines.get(code),
            "unit code " + code + " is already used on line " + lines.get(code));
      }
      if (fields.get(1).isEmpty()) {
        throw problem("đơn vị " + code + " thiếu tên", "unit " + code + " has no name");
      }
      UnitLevel level = level(code, fields.get(2), first, before);
      LocalDate opened = date(fields.get(3), "opened", code);
      LocalDate closed = fields.get(4).isEmpty() ? null : date(fields.get(4), "closed", code);
      if (opened == null || (closed != null && closed.isBefore(opened))) {
        throw problem(
            "đơn vị " + code + " cần ngày thành lập (opened), không sau ngày giải thể (closed)",
            "unit " + code + " needs an opened date no later than its closed date");
      }
      String parent = fields.get(2).isEmpty() ? null : fields.get(2);
      return new OrgUnit(code, fields.get(1), parent, level, opened, closed);
    }

    private UnitLevel level(String code, String parent, boolean first, List<OrgUnit> before) {
      if (first != parent.isEmpty()) {
        throw problem(
            first
                ? "đơn vị đầu tiên là gốc (LĐLĐ tỉnh): để trống cột parent"
                : "đơn vị " + code + " cần đơn vị cấp trên (parent); chỉ đơn vị đầu tiên là gốc",
            first
                ? "the first unit is the root and has no parent"
                : "unit " + code + " needs a parent; only the first unit is the root");
      }
      if (first) {
        return UnitLevel.PROVINCE;
      }
      OrgUnit above =
          before.stream()
              .filter(unit -> unit.code().equals(parent))
              .findFirst()
              .orElseThrow(
                  () ->
                      problem(
                          "đơn vị cấp trên \""
                              + parent
                              + "\" của "
                              + code
                              + " chưa có ở các dòng trước",
                          "parent \"" + parent + "\" of " + code + " is not on an earlier line"));
      return UnitLevel.atDepth(above.level().ordinal() + 1)
          .orElseThrow(
              () ->
                  problem(
                      "đơn vị " + code + " dưới một CĐCS: cây chỉ có 3 cấp",
                      "unit " + code + " is below a grassroots union: the tree has 3 levels"));
    }

    private LocalDate date(String text, String column, String code) {
      if (text.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw problem(
            "ngày " + column + " \"" + text + "\" của " + code + " phải viết yyyy-mm-dd",
            column + " date \"" + text + "\" of " + code + " must be yyyy-mm-dd");
      }
    }

    private ConfigFileException problem(String vietnamese, String english) {
      return new ConfigFileException(file, line, vietnamese, english);
    }
  }
}
