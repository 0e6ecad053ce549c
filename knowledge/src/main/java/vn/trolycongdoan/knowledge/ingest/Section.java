package vn.trolycongdoan.knowledge.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A section of a cleaned document: its heading path from the outermost heading down to its own, and
 * the span of its text (heading line included) in the cleaned text. The preamble before the first
 * heading is a section with an empty path.
 */
public record Section(List<Heading> path, int start, int end) {

  public Section {
    path = List.copyOf(path);
  }

  /** The path as a reader cites it, e.g. {@code II › 2 › 2.4} or {@code Chương VII › Điều 113}. */
  public String label() {
    return path.stream().map(Heading::label).collect(Collectors.joining(" › "));
  }
}
