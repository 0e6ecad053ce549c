package vn.trolycongdoan.bot.reports.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a report message into segments (lines, or parts between {@code ;} or a comma that is not a
 * decimal comma) of words; {@code =} and {@code :} separate like spaces, and a number glued to what
 * follows it ({@code 15người}, {@code 85%}, {@code 3tr}) is two words.
 */
final class MessageTokens {

  private static final Pattern COMMAND =
      Pattern.compile("^\\s*/baocao(@\\w+)?(?=\\s|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEGMENT_BREAK = Pattern.compile("[\\n\\r;]+|,(?!\\d)|(?<!\\d),");
  private static final Pattern SPACE = Pattern.compile("[\\s=:]+");
  private static final Pattern GLUED =
      Pattern.compile("([+-]?\\d[\\d.,]*\\d|[+-]?\\d)(%|\\p{L}.*)");

  private MessageTokens() {}

  /**
   * The segments of {@code message}, without the leading {@code /baocao} command; empty segments
   * are dropped.
   *
   * @param keepWhole words never split (period forms, unit codes such as {@code TDG-01})
   */
  static List<List<Token>> split(String message, Predicate<String> keepWhole) {
    String body = COMMAND.matcher(message).replaceFirst("");
    List<List<Token>> segments = new ArrayList<>();
    for (String segment : SEGMENT_BREAK.split(body)) {
      List<Token> tokens = new ArrayList<>();
      for (String word : SPACE.split(segment.strip())) {
        if (!word.isEmpty()) {
          addWord(word, keepWhole, tokens);
        }
      }
      if (!tokens.isEmpty()) {
        segments.add(tokens);
      }
    }
    return segments;
  }

  private static void addWord(String word, Predicate<String> keepWhole, List<Token> tokens) {
    Matcher glued = GLUED.matcher(word);
    if (!keepWhole.test(word) && glued.matches()) {
      tokens.add(Token.of(glued.group(1)));
      tokens.add(Token.of(glued.group(2)));
    } else {
      tokens.add(Token.of(word));
    }
  }
}
