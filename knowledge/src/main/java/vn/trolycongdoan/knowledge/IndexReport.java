package vn.trolycongdoan.knowledge;

import java.time.Duration;
import java.util.List;

/**
 * What one index refresh did.
 *
 * @param files corpus files seen
 * @param added files indexed for the first time
 * @param updated files indexed again because they changed
 * @param removed documents removed because their file is gone
 * @param unchanged files left as they were
 * @param empty files that gave no text (an empty file, a PDF without a text layer), in path order;
 *     not searchable, and counted nowhere else
 * @param failed files that could not be read or parsed, in path order; their previous version, if
 *     any, stays searchable
 * @param passages passages searchable after the refresh
 */
public record IndexReport(
    int files,
    int added,
    int updated,
    int removed,
    int unchanged,
    List<SkippedFile> empty,
    List<SkippedFile> failed,
    int passages,
    Duration took) {

  public IndexReport {
    empty = List.copyOf(empty);
    failed = List.copyOf(failed);
  }

  /**
   * A corpus file that was not indexed.
   *
   * @param path the file's path relative to the corpus folder, {@code /}-separated
   * @param reason why it was skipped
   * @param detail the parse error's message (English) for {@link Reason#BROKEN}, else empty
   */
  public record SkippedFile(String path, Reason reason, String detail) {}

  /** Why a file was skipped. */
  public enum Reason {
    /** The file holds no text: empty, or blank once cleaned. */
    EMPTY_FILE,
    /** A PDF without a text layer, such as a scan. */
    NO_TEXT_LAYER,
    /** The file could not be read or parsed (a broken .docx or .pdf, a bad sidecar, not UTF-8). */
    BROKEN
  }
}
