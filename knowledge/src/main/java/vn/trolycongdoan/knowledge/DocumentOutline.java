package vn.trolycongdoan.knowledge;

import java.util.List;

/** A document's metadata and its sections in reading order. */
public record DocumentOutline(DocumentSummary document, List<Entry> sections) {

  public DocumentOutline {
    sections = List.copyOf(sections);
  }

  /**
   * One section.
   *
   * @param section the heading path as cited ({@code II › 2})
   * @param heading the section's own heading line
   * @param level depth in the tree, 0 for the outermost
   * @param text the section's passages joined, heading line excluded
   */
  public record Entry(String section, String heading, int level, String text) {}
}
