package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxTextTest {

  @TempDir Path corpus;

  @Test
  void reads_table_cells_row_by_row_then_paragraphs_in_order() throws IOException {
    Path file = writePlan(corpus.resolve("plans/kh12.docx"));

    String text = TextCleaner.clean(DocxText.read(Files.readAllBytes(file)));

    assertThat(text.lines().toList())
        .startsWith(
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 12/KH-LĐLĐ",
            "Lai Châu, ngày 01 tháng 3 năm 2024",
            "KẾ HOẠCH",
            "Tổ chức Tháng Công nhân năm 2024",
            "I. MỤC ĐÍCH, YÊU CẦU");
  }

  @Test
  void keeps_footnote_text_after_the_referring_word() throws IOException {
    Path file = writePlan(corpus.resolve("plans/kh12.docx"));

    String text = TextCleaner.clean(DocxText.read(Files.readAllBytes(file)));

    assertThat(text)
        .contains("- Vận động 100% CNVCLĐ (Công nhân, viên chức, lao động) tham gia.")
        .doesNotContain("footnote");
  }

  @Test
  void parses_a_docx_plan_into_metadata_sections_and_passages() throws IOException {
    Path file = writePlan(corpus.resolve("plans/kh12.docx"));

    SourceDocument document = new DocumentParser().parse(corpus, file);

    assertThat(document.docId()).isEqualTo("plans/kh12");
    assertThat(document.metadata())
        .isEqualTo(
            new DocumentMetadata(
                "KẾ HOẠCH",
                "12/KH-LĐLĐ",
                "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU",
                "Lai Châu",
                LocalDate.of(2024, 3, 1),
                "Tổ chức Tháng Công nhân năm 2024",
                "Nguyễn Văn An"));
    assertThat(document.sections()).extracting(Section::label).containsExactly("", "I", "I › 1");
    assertThat(document.passages()).extracting(Passage::section).containsExactly("", "I › 1", "");
  }

  @Test
  void rejects_a_file_that_is_not_a_docx() throws IOException {
    Path file = Files.writeString(corpus.resolve("broken.docx"), "not a zip");

    assertThatThrownBy(() -> new DocumentParser().parse(corpus, file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("broken.docx");
  }

  private static Path writePlan(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      XWPFTable header = document.createTable(2, 2);
      header.getRow(0).getCell(0).setText("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
      header.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      header.getRow(1).getCell(0).setText("Số: 12/KH-LĐLĐ");
      header.getRow(1).getCell(1).setText("Lai Châu, ngày 01 tháng 3 năm 2024");
      paragraph(document, "KẾ HOẠCH");
      paragraph(document, "Tổ chức Tháng Công nhân năm 2024");
      paragraph(document, "I. MỤC ĐÍCH, YÊU CẦU");
      paragraph(document, "1. Mục đích");
      XWPFParagraph target = paragraph(document, "- Vận động 100% CNVCLĐ");
      XWPFFootnote footnote = document.createFootnote();
      footnote.createParagraph().createRun().setText("Công nhân, viên chức, lao động");
      target.addFootnoteReference(footnote);
      target.createRun().setText(" tham gia.");
      paragraph(document, "Nơi nhận:");
      paragraph(document, "- Lưu: VT.");
      paragraph(document, "CHỦ TỊCH");
      paragraph(document, "Nguyễn Văn An");
      document.write(out);
    }
    return file;
  }

  private static XWPFParagraph paragraph(XWPFDocument document, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.createRun().setText(text);
    return paragraph;
  }
}
