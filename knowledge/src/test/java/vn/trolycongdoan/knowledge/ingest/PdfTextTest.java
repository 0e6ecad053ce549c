package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTextTest {

  private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  @TempDir Path corpus;

  @Test
  void reads_and_reflows_a_vietnamese_pdf_plan() throws IOException {
    assumeTrue(Files.isRegularFile(DEJAVU), "needs the DejaVu Sans font for Vietnamese glyphs");
    Path file = corpus.resolve("kh05.pdf");
    write(
        file,
        null,
        List.of(
            "Số: 05/KH-CĐCS",
            "Phú Riềng, ngày 02 tháng 4 năm 2024",
            "KẾ HOẠCH",
            "Tổ chức Tháng Công nhân năm 2024",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "- Tổ chức các hoạt động thiết thực chăm lo đời sống vật chất và tinh thần cho",
            "đoàn viên, người lao động trong Tháng Công nhân năm 2024.",
            "CHỦ TỊCH",
            "Trần Thị Bình"));

    SourceDocument document = new DocumentParser().parse(corpus, file);

    assertThat(document.text())
        .contains(
            "1. Mục đích\n- Tổ chức các hoạt động thiết thực chăm lo đời sống vật"
                + " chất và tinh thần cho đoàn viên, người lao động trong Tháng Công nhân năm 2024.");
    assertThat(document.metadata().number()).isEqualTo("05/KH-CĐCS");
    assertThat(document.metadata().place()).isEqualTo("Phú Riềng");
    assertThat(document.metadata().title()).isEqualTo("Tổ chức Tháng Công nhân năm 2024");
    assertThat(document.metadata().signer()).isEqualTo("Trần Thị Bình");
    assertThat(document.sections()).extracting(Section::label).containsExactly("", "I", "I › 1");
  }

  @Test
  void keeps_a_numbered_item_wrapped_over_several_lines_as_text_not_heading() throws IOException {
    assumeTrue(Files.isRegularFile(DEJAVU), "needs the DejaVu Sans font for Vietnamese glyphs");
    Path file = corpus.resolve("kh07.pdf");
    write(
        file,
        null,
        List.of(
            "KẾ HOẠCH",
            "Tổ chức Tháng Công nhân năm 2024",
            "I. NỘI DUNG",
            "1. Tổ chức thăm hỏi, tặng quà cho đoàn viên, người lao động có hoàn cảnh khó khăn",
            "tại các doanh nghiệp trên địa bàn, mỗi suất quà trị giá 500.000 đồng do Công đoàn",
            "Phú Riềng chi trả.",
            "2. Phát động phong trào thi đua lao động giỏi trong toàn thể đoàn viên công đoàn.",
            "CHỦ TỊCH",
            "Trần Thị Bình"));

    SourceDocument document = new DocumentParser().parse(corpus, file);

    Passage item =
        document.passages().stream()
            .filter(p -> p.section().equals("I › 1"))
            .findFirst()
            .orElseThrow();
    assertThat(item.heading()).startsWith("1. Tổ chức thăm hỏi").endsWith("…");
    assertThat(item.text())
        .isEqualTo(
            "1. Tổ chức thăm hỏi, tặng quà cho đoàn viên, người lao động có hoàn cảnh khó khăn"
                + " tại các doanh nghiệp trên địa bàn, mỗi suất quà trị giá 500.000 đồng do Công"
                + " đoàn Phú Riềng chi trả.");
  }

  @Test
  void reads_a_pdf_without_a_text_layer_as_empty_text() throws IOException {
    Path file = corpus.resolve("scan.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.save(file.toFile());
    }

    assertThat(new DocumentParser().parse(corpus, file).text()).isEmpty();
  }

  @Test
  void reads_an_ascii_pdf_with_a_standard_font() throws IOException {
    Path file = corpus.resolve("notice.pdf");
    write(
        file,
        new PDType1Font(Standard14Fonts.FontName.HELVETICA),
        List.of(
            "THONG BAO",
            "I. NOI DUNG",
            "- Union members meet on the first Monday of every month in the main hall of",
            "the factory."));

    SourceDocument document = new DocumentParser().parse(corpus, file);

    assertThat(document.docId()).isEqualTo("notice");
    assertThat(document.text())
        .isEqualTo(
            "THONG BAO\nI. NOI DUNG\n- Union members meet on the first Monday of"
                + " every month in the main hall of the factory.");
  }

  @Test
  void rejects_a_file_that_is_not_a_pdf() throws IOException {
    Path file = Files.writeString(corpus.resolve("broken.pdf"), "not a pdf");

    assertThatThrownBy(() -> new DocumentParser().parse(corpus, file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("broken.pdf");
  }

  /**
   * Writes {@code lines} on one page, with {@code font} or, when it is null, DejaVu Sans embedded.
   */
  private static void write(Path file, PDFont font, List<String> lines) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDFont used = font != null ? font : PDType0Font.load(document, DEJAVU.toFile());
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(used, 11);
        content.setLeading(16);
        content.newLineAtOffset(50, 720);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      document.save(file.toFile());
    }
  }
}
