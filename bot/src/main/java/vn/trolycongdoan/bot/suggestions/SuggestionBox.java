package vn.trolycongdoan.bot.suggestions;

import java.time.Clock;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;

/**
 * {@code /kiennghi <nội dung>}: stores a member's suggestion or grievance and gives them its
 * reference number.
 */
public final class SuggestionBox {

  /** Fewer characters than this is not a suggestion anyone can act on. */
  static final int MIN_LENGTH = 10;

  static final int MAX_LENGTH = 2000;

  private final SuggestionStore store;
  private final SenderUnit senderUnit;
  private final Clock clock;

  /**
   * @param senderUnit which unit's staff a suggestion is for
   */
  public SuggestionBox(SuggestionStore store, SenderUnit senderUnit, Clock clock) {
    this.store = store;
    this.senderUnit = senderUnit;
    this.clock = clock;
  }

  public ChatCommand command() {
    return new ChatCommand(
        "kiennghi", "Gửi kiến nghị, phản ánh tới Công đoàn", "/kiennghi <nội dung>", this::submit);
  }

  private ChatResponse submit(ChatUser from, String text) {
    if (text.isEmpty()) {
      return ChatResponse.text(
          "Bạn hãy viết nội dung kiến nghị ngay sau lệnh, ví dụ: /kiennghi Đề nghị tổ chức khám sức khỏe"
              + " định kỳ cho công nhân ca đêm.");
    }
    int length = text.codePointCount(0, text.length());
    if (length < MIN_LENGTH) {
      return ChatResponse.text(
          "Nội dung kiến nghị ngắn quá. Bạn hãy viết rõ vấn đề và đề nghị của mình để Công đoàn xem xét.");
    }
    if (length > MAX_LENGTH) {
      return ChatResponse.text(
          "Kiến nghị dài quá ("
              + length
              + " ký tự, tối đa "
              + MAX_LENGTH
              + "). Bạn hãy rút gọn"
              + " hoặc chia thành nhiều kiến nghị.");
    }
    Suggestion stored = store.add(from, senderUnit.of(from).orElse(null), text, clock.instant());
    return ChatResponse.of(
        Reply.of(
            FormattedText.builder()
                .plain("Công đoàn đã nhận kiến nghị của bạn. Số tham chiếu: ")
                .bold(stored.reference())
                .newline()
                .plain(
                    "Cán bộ Công đoàn sẽ xem xét và phản hồi. Bạn hãy giữ số này khi cần hỏi lại.")
                .build()));
  }
}
