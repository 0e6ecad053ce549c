package vn.trolycongdoan.bot.web;

import java.util.ArrayList;
import java.util.List;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.IncomingMessage;
import vn.trolycongdoan.bot.chat.Reply;

/**
 * A chat core with canned answers that records every message, standing in for the real core. {@code
 * /start} gets a welcome; other text gets an answer that quotes it and carries the buttons of a
 * real answer; the buttons get a replacing reply ({@value #FULL_TEXT}), a toast ({@value #VOTE_UP})
 * or a stale-button toast. Thread-safe.
 */
final class FakeChatCore implements ChatHandler {

  static final String WELCOME = "Chào mừng bạn đến với Trợ lý Công đoàn!";
  static final String ANSWER_LEAD = "Trả lời cho: ";
  static final String CITATION = "Nguồn: Điều lệ Công đoàn Việt Nam, Điều 23";
  static final String FULL_TEXT = "full:23";
  static final String VOTE_UP = "vote:up";
  static final String FULL_SECTION =
      "Toàn văn Điều 23: Đoàn phí công đoàn do đoàn viên đóng bằng 1% tiền lương.";
  static final String THANKS = "Cảm ơn bạn đã đánh giá!";
  static final String STALE = "Nút này đã cũ.";

  private final List<IncomingMessage> messages = new ArrayList<>();
  private RuntimeException failure;

  @Override
  public synchronized ChatResponse handle(IncomingMessage message) {
    messages.add(message);
    if (failure != null) {
      throw failure;
    }
    if (message.isButton()) {
      return pressed(message.buttonData());
    }
    if (message.text().equals("/start")) {
      return ChatResponse.of(
          Reply.of(FormattedText.builder().bold(WELCOME).plain("\nHãy đặt câu hỏi.").build()));
    }
    FormattedText answer =
        FormattedText.builder()
            .bold(ANSWER_LEAD)
            .plain(message.text())
            .newline()
            .italic(CITATION)
            .build();
    return ChatResponse.of(
        Reply.of(
            answer,
            List.of(
                List.of(
                    new Button("Xem toàn văn mục", FULL_TEXT),
                    new Button("Kết quả khác", "more:1")),
                List.of(new Button("👍", VOTE_UP), new Button("👎", "vote:down")))));
  }

  private static ChatResponse pressed(String data) {
    return switch (data) {
      case FULL_TEXT ->
          new ChatResponse(
              List.of(
                  Reply.of(
                          FormattedText.plain(FULL_SECTION),
                          List.of(List.of(new Button("👍", VOTE_UP))))
                      .replacingPressed()),
              "Đã mở toàn văn.");
      case VOTE_UP -> ChatResponse.notice(THANKS);
      default -> ChatResponse.notice(STALE);
    };
  }

  synchronized List<IncomingMessage> messages() {
    return List.copyOf(messages);
  }

  synchronized void failWith(RuntimeException failure) {
    this.failure = failure;
  }
}
