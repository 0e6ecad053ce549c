package vn.trolycongdoan.knowledge.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a .pdf, page after page, one visual line per line. Scanned pages without text
 * give nothing.
 */
final class PdfText {

  private PdfText() {}

  static String read(byte[] content) throws IOException {
    try (PDDocument document = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    } catch (RuntimeException e) {
      throw new IOException("unreadable .pdf: " + e.getMessage(), e);
    }
  }
}
