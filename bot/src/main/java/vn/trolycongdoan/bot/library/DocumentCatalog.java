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
import vn.trolycongdoan.knowledge.DocumentSummary;

/**
 * {@code /vanban}: the indexed documents, a page at a time, each with a button that opens its
 * outline. Buttons carry a short hash of the document id, which stays valid while the document
 * stays in the index. Thread-safe.
 */
public final class DocumentCatalog {

  static final String PAGE = "dl";
  static final String OPEN = "d";
  static final int PAGE_SIZE = 5;
  private static final int KEY_HEX_DIGITS = 12;
  private static final int LABEL_LENGTH = 48;

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

  /** The list's buttons, by prefix. */
  public Map<String, ButtonHandler> buttons() {
    return Map.of(PAGE, pages(), OPEN, outlines());
  }

  /** Turns the pages of the list in place. */
  private ButtonHandler pages() {
    return (from, fields) ->
        ChatResponse.of(page(Integer.parseInt(fields.get(0))).replacingPressed());
  }

  /** Opens a document's outline as a new message. */
  private ButtonHandler outlines() {
    return (from, fields) ->
        find(fields.get(0))
            .flatMap(document -> library.document(document.id()))
            .map(outline -> ChatResponse.of(Reply.of(CatalogTexts.outline(outline))))
            .orElseGet(
                () ->
                    ChatResponse.notice(
                        "Văn bản này không còn trong thư viện. Gõ /vanban để xem lại."));
  }

  private Reply page(int requested) {
    List<DocumentSummary> documents = library.documents();
    if (documents.isEmpty()) {
      return Reply.of(
          FormattedText.plain("Thư viện chưa có văn bản nào. Bạn vui lòng quay lại sau."));
    }
    int pages = (documents.size() + PAGE_SIZE - 1) / PAGE_SIZE;
    int page = Math.max(0, Math.min(requested, pages - 1));
    List<DocumentSummary> shown =
        documents.subList(page * PAGE_SIZE, Math.min(documents.size(), (page + 1) * PAGE_SIZE));
    List<List<Button>> keyboard = new ArrayList<>();
    for (DocumentSummary document : shown) {
      keyboard.add(List.of(ButtonData.of(OPEN, key(document.id())).button(label(document))));
    }
    List<Button> turns = new ArrayList<>();
    if (page > 0) {
      turns.add(ButtonData.of(PAGE, page - 1).button("‹ Trang trước"));
    }
    if (page < pages - 1) {
      turns.add(ButtonData.of(PAGE, page + 1).button("Trang sau ›"));
    }
    keyboard.add(turns);
    return Reply.of(
        CatalogTexts.list(shown, page * PAGE_SIZE, documents.size(), page, pages), keyboard);
  }

  private Optional<DocumentSummary> find(String key) {
    return library.documents().stream()
        .filter(document -> key(document.id()).equals(key))
        .findFirst();
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

  private static String label(DocumentSummary document) {
    String title = document.title();
    return title.length() <= LABEL_LENGTH
        ? title
        : title.substring(0, LABEL_LENGTH - 1).strip() + "…";
  }
}
