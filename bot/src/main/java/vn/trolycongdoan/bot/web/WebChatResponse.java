package vn.trolycongdoan.bot.web;

import java.util.List;
import java.util.Locale;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;

/**
 * The body of a {@code POST /api/chat} answer: the core's {@link ChatResponse} as the page renders
 * it. Text stays runs of plain text with a style, never markup, so the page builds DOM nodes from
 * it and nothing is parsed.
 *
 * @param replies the messages to show, in order; empty when the core ignored the message
 * @param notice a short note to show as a toast; {@code null} for none
 */
record WebChatResponse(List<WebReply> replies, String notice) {

  /**
   * One message: its runs, its rows of buttons, and whether it replaces the bubble whose button was
   * pressed.
   */
  record WebReply(List<WebRun> text, List<List<WebButton>> buttons, boolean replacesPressed) {}

  /** A stretch of text; {@code style} is {@code plain}, {@code bold} or {@code italic}. */
  record WebRun(String text, String style) {}

  /** A button: what it shows, and what pressing it sends back as {@code "button"}. */
  record WebButton(String label, String data) {}

  static WebChatResponse of(ChatResponse response) {
    return new WebChatResponse(
        response.replies().stream().map(WebChatResponse::reply).toList(), response.notice());
  }

  private static WebReply reply(Reply reply) {
    List<List<WebButton>> buttons =
        reply.keyboard().stream()
            .map(row -> row.stream().map(WebChatResponse::button).toList())
            .toList();
    return new WebReply(runs(reply.text()), buttons, reply.replacesPressed());
  }

  private static List<WebRun> runs(FormattedText text) {
    return text.runs().stream()
        .map(run -> new WebRun(run.text(), run.style().name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static WebButton button(Button button) {
    return new WebButton(button.label(), button.data());
  }
}
