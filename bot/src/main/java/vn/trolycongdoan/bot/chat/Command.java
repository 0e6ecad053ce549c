package vn.trolycongdoan.bot.chat;

import java.util.Locale;
import java.util.Optional;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * A command as typed: {@code /hoi@TroLyBot Mức đoàn phí?} is name {@code hoi}, argument {@code Mức
 * đoàn phí?}. Names are folded, so {@code /Hỏi} and {@code /HOI} are {@code hoi} too.
 *
 * @param name the command's name without the slash, lower case, without diacritics; may be empty
 *     for a lone "/"
 * @param argument the rest of the message, stripped; empty when there is none
 */
public record Command(String name, String argument) {

  /**
   * The command in {@code text}, or empty when the text is not a command (does not start with
   * {@code /}).
   */
  public static Optional<Command> parse(String text) {
    String stripped = text.strip();
    if (!stripped.startsWith("/")) {
      return Optional.empty();
    }
    int end = 1;
    while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
      end++;
    }
    String name = stripped.substring(1, end);
    int at = name.indexOf('@');
    if (at >= 0) {
      name = name.substring(0, at);
    }
    String folded = VietnameseText.fold(VietnameseText.normalize(name)).toLowerCase(Locale.ROOT);
    return Optional.of(new Command(folded, stripped.substring(end).strip()));
  }
}
