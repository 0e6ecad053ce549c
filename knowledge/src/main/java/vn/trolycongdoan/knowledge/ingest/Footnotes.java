package vn.trolycongdoan.knowledge.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts footnote text where it is referred to. Converters write a reference as {@code
 * [footnoteRef:1]} and the note as {@code [1: text]} at the end of the paragraph; the note becomes
 * {@code " (text)"} right after the referring word and its original copy is removed. Notes nobody
 * refers to, and references to unknown notes, are left as they are, except that an unknown
 * reference is dropped.
 */
final class Footnotes {

  private static final Pattern REFERENCE = Pattern.compile("\\[footnoteRef:(\\d+)\\]");
  private static final Pattern NOTE = Pattern.compile("[ \\t]*\\[(\\d+):([^\\]\\[]*)\\][ \\t]*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Footnotes() {}

  static String inline(String text) {
    if (!REFERENCE.matcher(text).find()) {
      return text;
    }
    Map<String, String> notes = new HashMap<>();
    String withoutNotes = removeReferencedNotes(text, notes);
    Matcher reference = REFERENCE.matcher(withoutNotes);
    StringBuilder out = new StringBuilder(withoutNotes.length());
    while (reference.find()) {
      String note = notes.get(reference.group(1));
      String replacement = note == null || note.isEmpty() ? "" : " (" + note + ")";
      reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    reference.appendTail(out);
    return out.toString();
  }

  private static String removeReferencedNotes(String text, Map<String, String> notes) {
    Matcher note = NOTE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (note.find()) {
      String number = note.group(1);
      boolean referenced = text.contains("[footnoteRef:" + number + "]");
      if (referenced) {
        notes.put(number, WHITESPACE.matcher(note.group(2)).replaceAll(" ").trim());
      }
      note.appendReplacement(out, Matcher.quoteReplacement(referenced ? " " : note.group()));
    }
    note.appendTail(out);
    return out.toString();
  }
}
