package vn.trolycongdoan.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.FormattedText.Run;

/**
 * Splits a text too long for one Telegram message into parts of at most {@link #limit} UTF-16 units
 * (Telegram counts visible characters, not markup). It cuts at the last paragraph break that leaves
 * a part at least half full, else at a line break, a sentence end, a space, and only then inside a
 * word, never inside a surrogate pair or before a combining mark. Whitespace at a cut is dropped;
 * formatting carries over into the next part. Pure and thread-safe.
 */
final class MessageSplitter {

  /** Telegram's limit for one message's text. */
  static final int TELEGRAM_LIMIT = 4096;

  /**
   * Separators in order of preference, each with how many of its characters stay at the end of the
   * left part.
   */
  private static final List<List<Separator>> PREFERENCES =
      List.of(
          List.of(new Separator("\n\n", 0)),
          List.of(new Separator("\n", 0)),
          List.of(
              new Separator(". ", 1),
              new Separator("? ", 1),
              new Separator("! ", 1),
              new Separator("; ", 1)),
          List.of(new Separator(" ", 0)));

  private final int limit;

  MessageSplitter(int limit) {
    if (limit < 2) {
      throw new IllegalArgumentException("limit must be at least 2: " + limit);
    }
    this.limit = limit;
  }

  MessageSplitter() {
    this(TELEGRAM_LIMIT);
  }

  /** The parts to send in order: the text itself when it fits, none when it is blank. */
  List<FormattedText> split(FormattedText text) {
    String plain = text.plainText();
    if (plain.isBlank()) {
      return List.of();
    }
    if (plain.length() <= limit) {
      return List.of(text);
    }
    List<FormattedText> parts = new ArrayList<>();
    int start = skipWhitespace(plain, 0);
    while (start < plain.length()) {
      int end = plain.length() - start <= limit ? plain.length() : cut(plain, start);
      int trimmed = end;
      while (trimmed > start && Character.isWhitespace(plain.charAt(trimmed - 1))) {
        trimmed--;
      }
      if (trimmed > start) {
        parts.add(slice(text, start, trimmed));
      }
      start = skipWhitespace(plain, end);
    }
    return parts;
  }

  private int cut(String text, int start) {
    int max = start + limit;
    for (int floor : new int[] {start + limit / 2, start + 1}) {
      for (List<Separator> separators : PREFERENCES) {
        int best = -1;
        for (Separator separator : separators) {
          best = Math.max(best, separator.lastCut(text, floor, max));
        }
        if (best >= 0) {
          return best;
        }
      }
    }
    return hardCut(text, start, max);
  }

  /**
   * Cuts inside a word: as late as possible, but not between a surrogate pair or before a combining
   * mark.
   */
  private static int hardCut(String text, int start, int max) {
    int cut = max;
    while (cut > start + 1 && (splitsPair(text, cut) || isMark(text.charAt(cut)))) {
      cut--;
    }
    return splitsPair(text, cut) ? cut + 1 : cut;
  }

  private static boolean splitsPair(String text, int at) {
    return at > 0
        && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static int skipWhitespace(String text, int from) {
    int at = from;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** The runs of {@code text} between two positions of its plain text, styles kept. */
  private static FormattedText slice(FormattedText text, int from, int to) {
    FormattedText.Builder part = FormattedText.builder();
    int position = 0;
    for (Run run : text.runs()) {
      int runEnd = position + run.text().length();
      int start = Math.max(from, position);
      int end = Math.min(to, runEnd);
      if (start < end) {
        part.add(run.text().substring(start - position, end - position), run.style());
      }
      position = runEnd;
    }
    return part.build();
  }

  /**
   * A place to cut: the separator's first {@code kept} characters end the left part, the rest is
   * dropped.
   */
  private record Separator(String text, int kept) {

    /** The last cut this separator allows in {@code [floor, max]}, or -1. */
    int lastCut(String in, int floor, int max) {
      int at = in.lastIndexOf(text, max - kept);
      return at >= 0 && at + kept >= floor ? at + kept : -1;
    }
  }
}
