package vn.trolycongdoan.bot.telegram;

import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.FormattedText.Run;

/**
 * Renders {@link FormattedText} as Telegram's HTML parse mode: every {@code &}, {@code <} and
 * {@code >} of the text escaped, bold runs in {@code <b>}, italic runs in {@code <i>}. Every run is
 * closed where it ends, so any slice of a text renders to balanced tags.
 */
final class TelegramHtml {

  private TelegramHtml() {}

  static String render(FormattedText text) {
    StringBuilder html = new StringBuilder(text.length() + 16);
    for (Run run : text.runs()) {
      String tag =
          switch (run.style()) {
            case PLAIN -> null;
            case BOLD -> "b";
            case ITALIC -> "i";
          };
      if (tag != null) {
        html.append('<').append(tag).append('>');
      }
      escape(run.text(), html);
      if (tag != null) {
        html.append("</").append(tag).append('>');
      }
    }
    return html.toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
  }
}
