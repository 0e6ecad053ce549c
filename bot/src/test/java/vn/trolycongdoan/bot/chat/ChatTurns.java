package vn.trolycongdoan.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** A chat test's turns through the real router: a message or a button press, one reply each. */
public final class ChatTurns {

  private final ChatRouter router;

  public ChatTurns(ChatRouter router) {
    this.router = router;
  }

  /** The plain text of the one reply to {@code text}. */
  public String say(ChatUser user, String text) {
    return reply(user, text).text().plainText();
  }

  /** The one reply to {@code text}; fails the test if there is not exactly one. */
  public Reply reply(ChatUser user, String text) {
    return only(router.handle(IncomingMessage.text(user, text)).replies());
  }

  /**
   * The one reply to pressing the {@code button}-th button (rows read in order) under {@code
   * under}.
   */
  public Reply press(ChatUser user, Reply under, int button) {
    List<Button> buttons = under.keyboard().stream().flatMap(List::stream).toList();
    return only(router.handle(IncomingMessage.button(user, buttons.get(button).data())).replies());
  }

  private static Reply only(List<Reply> replies) {
    assertThat(replies).hasSize(1);
    return replies.get(0);
  }
}
