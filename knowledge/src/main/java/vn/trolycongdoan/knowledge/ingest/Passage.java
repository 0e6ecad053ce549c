package vn.trolycongdoan.knowledge.ingest;

import java.util.List;

/**
 * The unit of search: the text of one smallest section, of one khoản (or the lead text) of a law's
 * article, or one piece of a long one split by sentences.
 *
 * @param docId the document it belongs to
 * @param ordinal position among the document's passages, from 0
 * @param section the heading path as cited, e.g. {@code II › 2 › 2.4}; empty for the preamble and
 *     the closing block (recipients, signature)
 * @param heading the own heading line of the section (label and title), empty for the preamble and
 *     the closing block
 * @param headingTitles the titles of every heading on the path, outermost first
 * @param clause the khoản of a law's article the passage holds, as numbered ({@code 1}, {@code
 *     2a}); empty for an article's text before its first khoản, and for any other passage
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
    String clause,
    String text,
    int start,
    int end) {

  public Passage {
    headingTitles = List.copyOf(headingTitles);
  }
}
