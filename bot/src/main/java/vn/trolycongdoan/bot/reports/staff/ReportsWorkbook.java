package vn.trolycongdoan.bot.reports.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ReportsView} as an Excel workbook (XLSX): one sheet per indicator group, named by
 * the group, in the catalogue's order and each present even when empty; on each a bold header row
 * of Vietnamese column names, then one row per value with the figure as a number. Stateless.
 */
public final class ReportsWorkbook {

  private static final int WIDE = 24 * 256;

  private ReportsWorkbook() {}

  /**
   * Writes {@code view} to {@code out}, not closing it.
   *
   * @param groups the catalogue's groups, in order (group names fit a sheet name: see the
   *     catalogue's checks)
   */
  public static void write(ReportsView view, List<String> groups, OutputStream out)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Map<String, Sheet> sheets = new LinkedHashMap<>();
      for (String group : groups) {
        sheets.put(group, sheet(workbook, group, bold));
      }
      for (ReportsView.Row row : view.rows()) {
        Sheet sheet = sheets.computeIfAbsent(row.group(), group -> sheet(workbook, group, bold));
        fill(sheet.createRow(sheet.getLastRowNum() + 1), row);
      }
      workbook.write(out);
    }
  }

  private static Sheet sheet(XSSFWorkbook workbook, String group, CellStyle bold) {
    Sheet sheet = workbook.createSheet(group);
    Row header = sheet.createRow(0);
    for (int i = 0; i < StaffTexts.HEADERS.length; i++) {
      header.createCell(i).setCellValue(StaffTexts.HEADERS[i]);
      header.getCell(i).setCellStyle(bold);
      sheet.setColumnWidth(i, WIDE);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  private static void fill(Row cells, ReportsView.Row row) {
    cells.createCell(0).setCellValue(row.unitCode());
    cells.createCell(1).setCellValue(row.unitName());
    cells.createCell(2).setCellValue(row.period());
    cells.createCell(3).setCellValue(row.indicator());
    cells.createCell(4).setCellValue(row.indicatorName());
    cells.createCell(5).setCellValue(row.group());
    cells.createCell(6).setCellValue(row.value().doubleValue());
    cells.createCell(7).setCellValue(row.unitOfMeasure());
    cells.createCell(8).setCellValue(row.late() ? StaffTexts.YES : StaffTexts.NO);
    cells.createCell(9).setCellValue(row.receipt());
    cells.createCell(10).setCellValue(row.receivedAt());
  }
}
