package vn.trolycongdoan.knowledge.search;

/**
 * A passage found for a question, with what was measured of it.
 *
 * @param docId the document it belongs to
 * @param ordinal its position among the document's passages
 * @param section the heading path as cited
 * @param clause the khoản of a law's article it is, or empty
 * @param heading its own heading line
 * @param text the passage text
 * @param features what was measured of it for the question
 */
public record Candidate(
    String docId,
    int ordinal,
    String section,
    String clause,
    String heading,
    String text,
    Features features) {

  /** Whether this is the same passage as {@code other}. */
  public boolean samePassage(Candidate other) {
    return docId.equals(other.docId) && ordinal == other.ordinal;
  }
}
