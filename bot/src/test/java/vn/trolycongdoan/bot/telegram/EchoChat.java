package vn.trolycongdoan.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.CommandHandler;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.IncomingMessage;
import vn.trolycongdoan.bot.chat.Reply;

/**
 * A chat core for adapter tests. Text is echoed as "Bạn viết: <b>text</b>" with an "again" button;
 * pressing it replaces the message with "Đã bấm: again" and shows the notice "Đã nhận". A test may
 * answer otherwise with {@link #answerWith}. Remembers every message it got. Thread-safe.
 */
public final class EchoChat implements ChatHandler {

  public static final String AGAIN = "again";
  public static final String NOTICE = "Đã nhận";

  private final List<IncomingMessage> received = new ArrayList<>();
  private volatile Function<IncomingMessage, ChatResponse> answer = EchoChat::echo;

  /** A menu of two commands, to check that it reaches Telegram. */
  @Override
  public List<ChatCommand> menu() {
    CommandHandler unused = (from, argument) -> ChatResponse.ignored();
    return List.of(
        new ChatCommand("hoi", "Hỏi về chính sách, quyền lợi", "/hoi <câu hỏi>", unused),
        new ChatCommand("dunglai", "Dừng nhận tin chiến dịch", "/dunglai", unused));
  }

  @Override
  public ChatResponse handle(IncomingMessage message) {
    synchronized (received) {
      received.add(message);
    }
    return answer.apply(message);
  }

  /** From now on answers with {@code answer}. */
  public void answerWith(Function<IncomingMessage, ChatResponse> answer) {
    this.answer = answer;
  }

  public List<IncomingMessage> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  static ChatResponse echo(IncomingMessage message) {
    if (message.isButton()) {
      Reply pressed =
          Reply.of(
                  FormattedText.builder().plain("Đã bấm: ").italic(message.buttonData()).build(),
                  List.of(List.of(new Button("Bấm lại", AGAIN))))
              .replacingPressed();
      return new ChatResponse(List.of(pressed), NOTICE);
    }
    return ChatResponse.of(
        Reply.of(
            FormattedText.builder().plain("Bạn viết: ").bold(message.text()).build(),
            List.of(List.of(new Button("Nhắc lại", AGAIN)))));
  }
}
