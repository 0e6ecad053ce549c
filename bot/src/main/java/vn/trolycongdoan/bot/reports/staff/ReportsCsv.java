package vn.trolycongdoan.bot.reports.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link ReportsView} as CSV: UTF-8 opened by a byte-order mark, so Excel reads the
 * Vietnamese right; a header row of Vietnamese column names, then one row per value, CRLF line
 * ends, fields quoted where needed. Stateless.
 */
public final class ReportsCsv {

  /** The byte-order mark that opens the file: U+FEFF in UTF-8. */
  static final char BOM = '\uFEFF';

  private ReportsCsv() {}

  /** Writes {@code view} to {@code out}, flushing but not closing it. */
  public static void write(ReportsView view, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(BOM);
    CSVPrinter csv =
        new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(StaffTexts.HEADERS).get());
    for (ReportsView.Row row : view.rows()) {
      csv.printRecord(
          row.unitCode(),
          row.unitName(),
          row.period(),
          row.indicator(),
          row.indicatorName(),
          row.group(),
          row.value().toPlainString(),
          row.unitOfMeasure(),
          row.late() ? StaffTexts.YES : StaffTexts.NO,
          row.receipt(),
          row.receivedAt());
    }
    csv.flush();
  }
}
