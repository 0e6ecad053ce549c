package vn.trolycongdoan.bot.library;

import java.util.ArrayList;
import java.util.List;
import vn.trolycongdoan.knowledge.DocumentOutline;

/**
 * One line of a document's outline as listed in the chat.
 *
 * @param index the entry's position in {@link DocumentOutline#sections}, which its button carries
 * @param number the number the member presses, counting the entries that have text from 1; 0 for an
 *     entry without text of its own (a chapter heading), which cannot be opened
 */
record OutlineLine(int index, int number, DocumentOutline.Entry entry) {

  /** Every entry of the outline, in reading order. */
  static List<OutlineLine> of(DocumentOutline outline) {
    List<OutlineLine> lines = new ArrayList<>();
    int number = 0;
    for (int i = 0; i < outline.sections().size(); i++) {
      DocumentOutline.Entry entry = outline.sections().get(i);
      lines.add(new OutlineLine(i, entry.text().isBlank() ? 0 : ++number, entry));
    }
    return lines;
  }

  boolean openable() {
    return number > 0;
  }
}
