package vn.trolycongdoan.knowledge.ingest;

/**
 * One heading of a document's section tree.
 *
 * @param label the numbering as a reader cites it: {@code II}, {@code 2.4}, {@code a}, {@code Nhóm
 *     1}, {@code Chương VII}, {@code Mục 2}, {@code Điều 113}
 * @param title the heading's words after the numbering, possibly empty
 * @param level depth in the tree, 0 for the outermost heading kind seen in the document
 */
public record Heading(String label, String title, int level) {}
