package vn.trolycongdoan.bot.members;

import java.time.Clock;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatTexts;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;

/**
 * {@code /start} and {@code /dunglai}: welcomes a member and subscribes the chat to campaign
 * messages, or stops them. Chats on channels that cannot receive campaign messages (the web chat)
 * are welcomed without subscribing.
 */
public final class Subscriptions {

  private final SubscriberStore store;
  private final Clock clock;

  public Subscriptions(SubscriberStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Records that the chat wrote; for {@link
   * vn.trolycongdoan.bot.chat.ChatRouter.Builder#onMessage}.
   */
  public void seen(ChatUser user) {
    store.seen(user, clock.instant());
  }

  public ChatCommand start() {
    return new ChatCommand(
        "start",
        "Bắt đầu, nhận tin chiến dịch của Công đoàn",
        "/start",
        (from, argument) -> {
          boolean subscribes = from.channel().pushes();
          if (subscribes) {
            store.setSubscribed(from, true, clock.instant());
          }
          return ChatResponse.of(Reply.of(welcome(from, subscribes)));
        });
  }

  public ChatCommand stop() {
    return new ChatCommand(
        "dunglai",
        "Dừng nhận tin chiến dịch",
        "/dunglai",
        (from, argument) -> {
          if (!from.channel().pushes()) {
            return ChatResponse.text(
                "Trang web không gửi tin chiến dịch nên bạn không cần dừng. Bạn vẫn hỏi đáp bình thường.");
          }
          boolean wasSubscribed =
              store.find(from.channel(), from.chatId()).map(Subscriber::subscribed).orElse(false);
          store.setSubscribed(from, false, clock.instant());
          return ChatResponse.text(
              wasSubscribed
                  ? "Bạn đã dừng nhận tin chiến dịch của Công đoàn. Gõ /start bất cứ lúc nào để nhận lại."
                      + " Bạn vẫn hỏi đáp bình thường."
                  : "Bạn hiện không nhận tin chiến dịch. Gõ /start nếu muốn đăng ký nhận tin.");
        });
  }

  private static FormattedText welcome(ChatUser from, boolean subscribed) {
    String greeting =
        from.displayName().isEmpty() ? "Xin chào!" : "Xin chào " + from.displayName() + "!";
    FormattedText.Builder text = FormattedText.builder().bold(greeting).newline();
    if (subscribed) {
      text.plain(
              "Bạn đã đăng ký nhận tin chiến dịch của Công đoàn (Tháng Công nhân, Tết Sum vầy…).")
          .plain(" Gõ /dunglai nếu muốn dừng.")
          .newline();
    }
    return text.newline().append(ChatTexts.guide()).build();
  }
}
