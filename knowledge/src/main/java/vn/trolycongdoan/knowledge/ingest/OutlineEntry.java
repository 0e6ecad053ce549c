package vn.trolycongdoan.knowledge.ingest;

/**
 * A section as the parser found it.
 *
 * @param section the section, heading line included in its span
 * @param headingLine the heading as written (label and title), empty for the preamble
 * @param bodyStart where the section's own text starts: after the heading line, or at the heading
 *     line itself when the heading is the first sentence of a numbered paragraph
 * @param closing whether this is the closing block (recipients, signature): its section has an
 *     empty path and no heading line, and it is left out of the document's sections
 */
record OutlineEntry(Section section, String headingLine, int bodyStart, boolean closing) {}
