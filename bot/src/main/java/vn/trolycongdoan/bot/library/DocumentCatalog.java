package vn.trolycongdoan.bot.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.ButtonHandler;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.knowledge.DocumentOutline;
import vn.trolycongdoan.knowledge.DocumentSummary;

/**
 * {@code /vanban}: the indexed documents, a page at a time, each told apart by kind, number and
 * issuer and with a button that opens its outline; the outline, a page at a time, with a button per
 * section that shows the section's whole text, and buttons back. Buttons carry a short hash of the
 * document id and a section's position in the outline, which stay valid while the document stays in
 * the index unchanged. Thread-safe.
 */
public final class DocumentCatalog {

  static final String PAGE = "dl";
  static final String OPEN = "d";
  static final String OUTLINE_PAGE = "do";
  static final String SECTION = "ds";
  static final int PAGE_SIZE = 5;
  static final int OUTLINE_PAGE_SIZE = 10;
  private static final int SECTIONS_PER_ROW = 5;
  private static final int KEY_HEX_DIGITS = 12;
  private static final int LABEL_LENGTH = 64;

  private final DocumentLibrary library;

  public DocumentCatalog(DocumentLibrary library) {
    this.library = library;
  }

  public ChatCommand command() {
    return new ChatCommand(
        "vanban",
        "Danh sách văn bản, xem mục lục",
        "/vanban",
        (from, argument) -> ChatResponse.of(page(0)));
  }

  /** The list's and the outlines' buttons, by prefix. */
  public Map<String, ButtonHandler> buttons() {
    return Map.of(
        PAGE,
        (from, fields) -> ChatResponse.of(page(number(fields, 0)).replacingPressed()),
        OPEN,
        (from, fields) -> outline(fields).map(ChatResponse::of).orElseGet(this::documentGone),
        OUTLINE_PAGE,
        (from, fields) ->
            outline(fields)
                .map(reply -> ChatResponse.of(reply.replacingPressed()))
                .orElseGet(this::documentGone),
        SECTION,
        (from, fields) -> section(fields));
  }

  /**
   * A button that shows the whole text of one section of a document, as the outline's buttons do;
   * empty when the index lacks the document or the section.
   *
   * @param section the section's path in the outline, e.g. {@code II › 2 › 2.4}
   */
  public Optional<Button> sectionButton(String documentId, String section, String label) {
    Optional<DocumentOutline> outline = library.document(documentId);
    List<DocumentOutline.Entry> sections = outline.map(DocumentOutline::sections).orElse(List.of());
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).section().equals(section)) {
        return Optional.of(ButtonData.of(SECTION, key(documentId), i).button(shortened(label)));
      }
    }
    return Optional.empty();
  }

  private Reply page(int requested) {
    List<DocumentSummary> documents = library.documents();
    if (documents.isEmpty()) {
      return Reply.of(FormattedText.plain(CatalogTexts.EMPTY_LIBRARY));
    }
    int pages = pages(documents.size(), PAGE_SIZE);
    int page = Math.max(0, Math.min(requested, pages - 1));
    int first = page * PAGE_SIZE;
    List<DocumentSummary> shown =
        documents.subList(first, Math.min(documents.size(), first + PAGE_SIZE));
    List<List<Button>> keyboard = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      DocumentSummary document = shown.get(i);
      String label = (first + i + 1) + ". " + CatalogTexts.identity(document);
      keyboard.add(List.of(ButtonData.of(OPEN, key(document.id())).button(shortened(label))));
    }
    keyboard.add(turns(PAGE, List.of(), page, pages));
    return Reply.of(CatalogTexts.list(shown, first, documents.size(), page, pages), keyboard);
  }

  /** The outline page named by {@code key[:page]}, or empty when the document is gone. */
  private Optional<Reply> outline(List<String> fields) {
    int requested = fields.size() > 1 ? number(fields, 1) : 0;
    return find(fields.get(0)).map(outline -> outlinePage(outline, requested));
  }

  private Reply outlinePage(DocumentOutline outline, int requested) {
    String key = key(outline.document().id());
    List<OutlineLine> lines = OutlineLine.of(outline);
    int pages = Math.max(1, pages(lines.size(), OUTLINE_PAGE_SIZE));
    int page = Math.max(0, Math.min(requested, pages - 1));
    List<OutlineLine> shown =
        lines.subList(
            Math.min(lines.size(), page * OUTLINE_PAGE_SIZE),
            Math.min(lines.size(), (page + 1) * OUTLINE_PAGE_SIZE));
    List<List<Button>> keyboard = new ArrayList<>();
    List<Button> row = new ArrayList<>();
    for (OutlineLine line : shown) {
      if (line.openable()) {
        row.add(ButtonData.of(SECTION, key, line.index()).button(String.valueOf(line.number())));
      }
      if (row.size() == SECTIONS_PER_ROW) {
        keyboard.add(row);
        row = new ArrayList<>();
      }
    }
    keyboard.add(row);
    keyboard.add(turns(OUTLINE_PAGE, List.of(key), page, pages));
    keyboard.add(List.of(ButtonData.of(PAGE, 0).button(CatalogTexts.BACK_TO_LIST)));
    return Reply.of(CatalogTexts.outline(outline, shown, page, pages), keyboard);
  }

  /** A section's whole text as a new message, with the way back to its page of the outline. */
  private ChatResponse section(List<String> fields) {
    Optional<DocumentOutline> found = find(fields.get(0));
    if (found.isEmpty()) {
      return documentGone();
    }
    DocumentOutline outline = found.get();
    int index = number(fields, 1);
    if (index >= outline.sections().size()) {
      return ChatResponse.notice(CatalogTexts.SECTION_GONE);
    }
    Button back =
        ButtonData.of(OPEN, fields.get(0), index / OUTLINE_PAGE_SIZE)
            .button(CatalogTexts.BACK_TO_OUTLINE);
    return ChatResponse.of(
        Reply.of(
            CatalogTexts.section(outline.document(), outline.sections().get(index)),
            List.of(List.of(back))));
  }

  private ChatResponse documentGone() {
    return ChatResponse.notice(CatalogTexts.DOCUMENT_GONE);
  }

  /** "‹ Trang trước" and "Trang sau ›" as there are pages either side. */
  private static List<Button> turns(String prefix, List<String> before, int page, int pages) {
    List<Button> turns = new ArrayList<>();
    if (page > 0) {
      turns.add(data(prefix, before, page - 1).button(CatalogTexts.PREVIOUS));
    }
    if (page < pages - 1) {
      turns.add(data(prefix, before, page + 1).button(CatalogTexts.NEXT));
    }
    return turns;
  }

  private static ButtonData data(String prefix, List<String> before, int page) {
    List<String> fields = new ArrayList<>(before);
    fields.add(String.valueOf(page));
    return new ButtonData(prefix, fields);
  }

  private Optional<DocumentOutline> find(String key) {
    return library.documents().stream()
        .filter(document -> key(document.id()).equals(key))
        .findFirst()
        .flatMap(document -> library.document(document.id()));
  }

  /** A short, stable stand-in for a document id that fits in button data. */
  static String key(String documentId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(documentId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, KEY_HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  private static int pages(int items, int pageSize) {
    return (items + pageSize - 1) / pageSize;
  }

  private static int number(List<String> fields, int at) {
    int number = Integer.parseInt(fields.get(at));
    if (number < 0) {
      throw new IllegalArgumentException("Button numbers are not negative: " + fields);
    }
    return number;
  }

  private static String shortened(String label) {
    return label.length() <= LABEL_LENGTH
        ? label
        : label.substring(0, LABEL_LENGTH - 1).strip() + "…";
  }
}
