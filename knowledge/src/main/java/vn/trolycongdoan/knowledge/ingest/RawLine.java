package vn.trolycongdoan.knowledge.ingest;

/**
 * One line of a document on its way through the cleaner.
 *
 * @param text the line with markup removed and spaces collapsed, empty for a blank line
 * @param forcedBreak whether the source ended the line with a markdown line break (two trailing
 *     spaces)
 */
record RawLine(String text, boolean forcedBreak) {

  boolean isBlank() {
    return text.isEmpty();
  }
}
