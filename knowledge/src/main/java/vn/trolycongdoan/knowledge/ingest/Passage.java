package vn.trolycongdoan.knowledge.ingest;

import java.util.List;

/**
 * The unit of search: the text of one smallest section, or one piece of a long section split by
 * sentences.
 *
 * @param docId the document it belongs to
 * @param ordinal position among the document's passages, from 0
 * @param section the heading path as cited, e.g. {@code II › 2 › 2.4}; empty for a preamble
 * @param heading the own heading line of the section (label and title), empty for a preamble
 * @param headingTitles the titles of every heading on the path, outermost first
 * @param text the passage text, heading line excluded
 * @param start offset of {@code text} in the cleaned document text
 * @param end offset just past {@code text} in the cleaned document text
 */
public record Passage(
    String docId,
    int ordinal,
    String section,
    String heading,
    List<String> headingTitles,
    String text,
    int start,
    int end) {

  public Passage {
    headingTitles = List.copyOf(headingTitles);
  }
}
