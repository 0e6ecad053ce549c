package vn.trolycongdoan.bot.library;

import java.util.List;
import java.util.Locale;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;

/** The Vietnamese wording of the document list, outlines and sections. */
final class CatalogTexts {

  static final String EMPTY_LIBRARY = "Thư viện chưa có văn bản nào. Bạn vui lòng quay lại sau.";
  static final String DOCUMENT_GONE =
      "Văn bản này không còn trong thư viện. Gõ /vanban để xem lại.";
  static final String SECTION_GONE =
      "Văn bản đã thay đổi, không còn mục này. Gõ /vanban để xem lại.";
  static final String PREAMBLE = "Phần mở đầu";
  static final String PREVIOUS = "‹ Trang trước";
  static final String NEXT = "Trang sau ›";
  static final String BACK_TO_LIST = "‹ Danh sách văn bản";
  static final String BACK_TO_OUTLINE = "‹ Mục lục";

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final int OUTLINE_LINE_LENGTH = 90;

  private CatalogTexts() {}

  static FormattedText list(
      List<DocumentSummary> shown, int firstIndex, int total, int page, int pages) {
    FormattedText.Builder text =
        FormattedText.builder().bold("Các văn bản trợ lý đang dùng (" + total + ")");
    if (pages > 1) {
      text.plain(" — trang " + (page + 1) + "/" + pages);
    }
    for (int i = 0; i < shown.size(); i++) {
      DocumentSummary document = shown.get(i);
      text.newline().newline().plain((firstIndex + i + 1) + ". ").bold(kindAndNumber(document));
      if (document.date() != null) {
        text.plain(", ngày " + Citation.vietnameseDate(document.date()));
      }
      if (document.issuer() != null) {
        text.plain(" — " + document.issuer());
      }
      text.newline().plain(document.title());
    }
    return text.newline().newline().italic("Bấm số của văn bản để xem mục lục.").build();
  }

  /**
   * One page of a document's outline: its lines, the sections that have text numbered (the numbers
   * on the buttons).
   */
  static FormattedText outline(
      DocumentOutline outline, List<OutlineLine> lines, int page, int pages) {
    DocumentSummary document = outline.document();
    FormattedText.Builder text = FormattedText.builder().bold(document.title());
    text.newline().plain(kindAndNumber(document));
    if (document.date() != null) {
      text.plain(", ngày " + Citation.vietnameseDate(document.date()));
    }
    if (document.issuer() != null) {
      text.newline().plain("Cơ quan ban hành: " + document.issuer());
    }
    if (document.signer() != null) {
      text.newline().plain("Người ký: " + document.signer());
    }
    text.newline().newline().bold("Mục lục");
    if (pages > 1) {
      text.plain(" — trang " + (page + 1) + "/" + pages);
    }
    if (lines.isEmpty()) {
      text.newline().plain("Văn bản không chia mục.");
    }
    for (OutlineLine line : lines) {
      String indent = "  ".repeat(line.entry().level());
      String heading = shortened(heading(line.entry()));
      text.newline();
      if (line.number() > 0) {
        text.plain(indent + line.number() + ". " + heading);
      } else {
        text.plain(indent).bold(heading);
      }
    }
    return text.newline()
        .newline()
        .italic(
            "Bấm số của một mục để đọc toàn văn mục đó, hoặc hỏi trực tiếp về nội dung văn bản.")
        .build();
  }

  /** A section's whole text under its heading, with its citation. */
  static FormattedText section(DocumentSummary document, DocumentOutline.Entry entry) {
    FormattedText.Builder text = FormattedText.builder().bold(heading(entry));
    if (!entry.text().isBlank()) {
      text.newline().plain(entry.text());
    }
    return text.newline().newline().italic("📄 " + Citation.of(document, entry.section())).build();
  }

  /**
   * A document as members tell documents apart: a law by its title ({@code Bộ luật Lao động}),
   * anything else by its kind with its number ({@code Kế hoạch số 38/KH-LĐLĐ}), or with its issuer
   * when it has no number.
   */
  static String identity(DocumentSummary document) {
    String kind = kind(document);
    if (document.title().toLowerCase(VIETNAMESE).startsWith(kind.toLowerCase(VIETNAMESE))) {
      return document.title();
    }
    if (document.number() != null) {
      return kind + " số " + document.number();
    }
    return document.issuer() != null ? kind + " của " + document.issuer() : kind;
  }

  /** {@code Kế hoạch số 38/KH-LĐLĐ}, or the kind alone when the document has no number. */
  private static String kindAndNumber(DocumentSummary document) {
    return document.number() == null ? kind(document) : kind(document) + " số " + document.number();
  }

  /** The line of an entry: its heading on one line; the part before the first heading, named. */
  static String heading(DocumentOutline.Entry entry) {
    String heading = entry.heading().strip().replaceAll("\\s*\\n\\s*", " — ");
    return heading.isEmpty() ? PREAMBLE : heading;
  }

  /** {@code KẾ HOẠCH} as {@code Kế hoạch}; a kind in mixed case as it is; none as "Văn bản". */
  private static String kind(DocumentSummary document) {
    String kind = document.kind() == null ? "" : document.kind().strip();
    if (kind.isEmpty()) {
      return "Văn bản";
    }
    if (!kind.equals(kind.toUpperCase(VIETNAMESE))) {
      return kind;
    }
    String lower = kind.toLowerCase(VIETNAMESE);
    return lower.substring(0, 1).toUpperCase(VIETNAMESE) + lower.substring(1);
  }

  private static String shortened(String line) {
    return line.length() <= OUTLINE_LINE_LENGTH
        ? line
        : line.substring(0, OUTLINE_LINE_LENGTH - 1).strip() + "…";
  }
}
