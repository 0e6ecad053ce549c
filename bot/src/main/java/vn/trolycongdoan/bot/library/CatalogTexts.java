package vn.trolycongdoan.bot.library;

import java.util.List;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;

/** The Vietnamese wording of the document list and outlines. */
final class CatalogTexts {

  private CatalogTexts() {}

  static FormattedText list(
      List<DocumentSummary> shown, int firstIndex, int total, int page, int pages) {
    FormattedText.Builder text =
        FormattedText.builder().bold("Các văn bản trợ lý đang dùng (" + total + ")");
    if (pages > 1) {
      text.plain(" — trang " + (page + 1) + "/" + pages);
    }
    for (int i = 0; i < shown.size(); i++) {
      text.newline().plain((firstIndex + i + 1) + ". " + Citation.of(shown.get(i)));
    }
    return text.newline().newline().italic("Bấm vào một văn bản để xem mục lục.").build();
  }

  static FormattedText outline(DocumentOutline outline) {
    DocumentSummary document = outline.document();
    FormattedText.Builder text = FormattedText.builder().bold(Citation.of(document));
    if (document.issuer() != null) {
      text.newline().plain("Cơ quan ban hành: " + document.issuer());
    }
    if (document.signer() != null) {
      text.newline().plain("Người ký: " + document.signer());
    }
    text.newline().newline().bold("Mục lục");
    if (outline.sections().isEmpty()) {
      text.newline().plain("Văn bản không chia mục.");
    }
    for (DocumentOutline.Entry entry : outline.sections()) {
      text.newline().plain("  ".repeat(entry.level()) + entry.heading());
    }
    return text.newline()
        .newline()
        .italic("Hỏi trực tiếp về nội dung văn bản để nhận câu trả lời kèm trích dẫn.")
        .build();
  }
}
