package vn.trolycongdoan.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a .docx body in reading order: one line per paragraph, table cells row by row (nested
 * tables included). Footnotes come the way POI writes them, {@code [footnoteRef:N]} at the
 * reference and {@code [N: text]} after the paragraph, for {@link TextCleaner} to put in place.
 */
final class DocxText {

  private DocxText() {}

  static String read(byte[] content) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
      StringBuilder out = new StringBuilder();
      appendAll(document.getBodyElements(), out);
      return out.toString();
    } catch (RuntimeException e) {
      throw new IOException("unreadable .docx: " + e.getMessage(), e);
    }
  }

  private static void appendAll(List<IBodyElement> elements, StringBuilder out) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        out.append(paragraph.getText()).append('\n');
      } else if (element instanceof XWPFTable table) {
        appendTable(table, out);
      }
    }
  }

  private static void appendTable(XWPFTable table, StringBuilder out) {
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        appendAll(cell.getBodyElements(), out);
      }
    }
  }
}
