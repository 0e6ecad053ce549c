package vn.trolycongdoan.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Telegram's HTML parse mode as the fake reads it: the supported tags become entities, the four
 * named entities and numeric ones are decoded, anything else is refused with Telegram's "can't
 * parse entities" wording. Stricter than Telegram in one way: a bare {@code &} or {@code >} is
 * refused too, so an escaping bug cannot slip through.
 */
final class BotApiHtml {

  private static final Map<String, String> TAG_TYPES =
      Map.ofEntries(
          Map.entry("b", "bold"),
          Map.entry("strong", "bold"),
          Map.entry("i", "italic"),
          Map.entry("em", "italic"),
          Map.entry("u", "underline"),
          Map.entry("ins", "underline"),
          Map.entry("s", "strikethrough"),
          Map.entry("strike", "strikethrough"),
          Map.entry("del", "strikethrough"),
          Map.entry("code", "code"),
          Map.entry("pre", "pre"),
          Map.entry("a", "text_link"),
          Map.entry("tg-spoiler", "spoiler"),
          Map.entry("span", "spoiler"),
          Map.entry("blockquote", "blockquote"),
          Map.entry("tg-emoji", "custom_emoji"));
  private static final Map<String, String> NAMED =
      Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");
  private static final Set<Character> NAME_CHARS = Set.of('-', '_');

  private BotApiHtml() {}

  /** What Telegram would show for {@code html}, and where the formatting goes. */
  record Parsed(String text, List<SentMessage.Entity> entities) {}

  /** Telegram's refusal, with its description. */
  static final class ParseException extends Exception {

    ParseException(String description) {
      super("Bad Request: can't parse entities: " + description);
    }
  }

  static Parsed parse(String html) throws ParseException {
    StringBuilder text = new StringBuilder();
    List<SentMessage.Entity> entities = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i);
        if (close < 0) {
          throw new ParseException("Unclosed start tag at byte offset " + byteOffset(html, i));
        }
        tag(html, i, close, text, open, entities);
        i = close + 1;
      } else if (c == '&') {
        i = entity(html, i, text);
      } else if (c == '>') {
        throw new ParseException("Character '>' is reserved at byte offset " + byteOffset(html, i));
      } else {
        text.append(c);
        i++;
      }
    }
    if (!open.isEmpty()) {
      throw new ParseException(
          "Can't find end tag corresponding to start tag \"" + open.peek().name + "\"");
    }
    entities.sort(
        (a, b) -> a.offset() != b.offset() ? a.offset() - b.offset() : b.length() - a.length());
    return new Parsed(text.toString(), entities);
  }

  private static void tag(
      String html,
      int start,
      int close,
      StringBuilder text,
      Deque<Open> open,
      List<SentMessage.Entity> entities)
      throws ParseException {
    String inside = html.substring(start + 1, close);
    boolean end = inside.startsWith("/");
    String name = (end ? inside.substring(1) : inside).strip().split("\\s", 2)[0];
    boolean wellFormed =
        !name.isEmpty()
            && name.chars()
                .allMatch(ch -> Character.isLetterOrDigit(ch) || NAME_CHARS.contains((char) ch));
    if (!wellFormed) {
      throw new ParseException(
          "Unsupported start tag \"" + inside + "\" at byte offset " + byteOffset(html, start));
    }
    String lower = name.toLowerCase();
    if (!end) {
      if (!TAG_TYPES.containsKey(lower)) {
        throw new ParseException(
            "Unsupported start tag \"" + lower + "\" at byte offset " + byteOffset(html, start));
      }
      open.push(new Open(lower, text.length()));
      return;
    }
    if (open.isEmpty()) {
      throw new ParseException("Unexpected end tag at byte offset " + byteOffset(html, start));
    }
    Open last = open.pop();
    if (!last.name.equals(lower)) {
      throw new ParseException(
          "Unmatched end tag at byte offset "
              + byteOffset(html, start)
              + ", expected \"</"
              + last.name
              + ">\", found \"</"
              + lower
              + ">\"");
    }
    if (text.length() > last.offset) {
      entities.add(
          new SentMessage.Entity(TAG_TYPES.get(lower), last.offset, text.length() - last.offset));
    }
  }

  private static int entity(String html, int start, StringBuilder text) throws ParseException {
    int semicolon = html.indexOf(';', start);
    String name =
        semicolon < 0 || semicolon - start > 10 ? null : html.substring(start + 1, semicolon);
    if (name != null && NAMED.containsKey(name)) {
      text.append(NAMED.get(name));
      return semicolon + 1;
    }
    if (name != null && name.matches("#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}")) {
      int codePoint =
          name.startsWith("#x")
              ? Integer.parseInt(name.substring(2), 16)
              : Integer.parseInt(name.substring(1));
      text.appendCodePoint(codePoint);
      return semicolon + 1;
    }
    throw new ParseException(
        "unescaped '&' at byte offset "
            + byteOffset(html, start)
            + " (the fake is stricter than Telegram here)");
  }

  private static int byteOffset(String html, int index) {
    return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
  }

  private record Open(String name, int offset) {}
}
