package vn.trolycongdoan.bot.tags;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.ButtonData;
import vn.trolycongdoan.bot.chat.ButtonHandler;
import vn.trolycongdoan.bot.chat.ChatCommand;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.members.Subscriber;
import vn.trolycongdoan.bot.members.SubscriberStore;
import vn.trolycongdoan.bot.store.Database;

/**
 * {@code /chude}, and the same choice after {@code /start}: one message with a button per tag of
 * the {@link TagList} (✅ on those the chat chose); pressing one chooses or unchooses it and shows
 * the message again in place. Only chats the service can write to first (Telegram) choose tags; the
 * web chat is told it needs none. A chat that stopped campaign messages keeps its tags and is
 * reminded that it gets nothing until {@code /start}. Thread-safe; a database failure is the
 * router's to answer.
 */
public final class TopicChoice {

  static final String PREFIX = "cd";

  private final TagList tags;
  private final SqliteMemberTags store;
  private final SubscriberStore subscribers;
  private final Clock clock;

  public TopicChoice(TagList tags, Database database, SubscriberStore subscribers, Clock clock) {
    this.tags = tags;
    this.store = new SqliteMemberTags(database);
    this.subscribers = subscribers;
    this.clock = clock;
  }

  public ChatCommand command() {
    return new ChatCommand(
        "chude",
        "Chọn chủ đề tin muốn nhận",
        "/chude",
        (from, argument) ->
            from.channel().pushes()
                ? ChatResponse.of(choice(from))
                : ChatResponse.text(TagTexts.WEB_ONLY));
  }

  /**
   * {@code start} answered as before, followed on Telegram by the topic choice as a message of its
   * own, so that pressing a tag edits that message and leaves the welcome in place.
   */
  public ChatCommand offeredAfter(ChatCommand start) {
    return new ChatCommand(
        start.name(),
        start.description(),
        start.usage(),
        (from, argument) -> {
          ChatResponse welcome = start.handler().handle(from, argument);
          if (!from.channel().pushes()) {
            return welcome;
          }
          List<Reply> replies = new ArrayList<>(welcome.replies());
          replies.add(choice(from));
          return new ChatResponse(replies, welcome.notice());
        });
  }

  public Map<String, ButtonHandler> buttons() {
    return Map.of(PREFIX, this::press);
  }

  private ChatResponse press(ChatUser from, List<String> fields) {
    if (!from.channel().pushes()) {
      return ChatResponse.notice(TagTexts.WEB_ONLY);
    }
    Tag tag =
        tags.byKey(fields.get(0))
            .orElseThrow(() -> new IllegalArgumentException("No tag " + fields.get(0)));
    boolean chosen = store.toggle(from.channel(), from.chatId(), tag.key(), clock.instant());
    return new ChatResponse(
        List.of(choice(from).replacingPressed()),
        chosen ? TagTexts.chose(tag.label()) : TagTexts.unchose(tag.label()));
  }

  private Reply choice(ChatUser from) {
    Set<String> chosen = store.chosen(from.channel(), from.chatId());
    List<String> labels =
        tags.tags().stream().filter(t -> chosen.contains(t.key())).map(Tag::label).toList();
    FormattedText.Builder text =
        FormattedText.builder()
            .bold(TagTexts.TITLE)
            .newline()
            .plain(TagTexts.HOW)
            .newline()
            .plain(labels.isEmpty() ? TagTexts.NONE_CHOSEN : TagTexts.chosen(labels));
    boolean receives =
        subscribers.find(from.channel(), from.chatId()).map(Subscriber::subscribed).orElse(false);
    if (!receives) {
      text.newline().plain(TagTexts.STOPPED);
    }
    List<List<Button>> keyboard =
        tags.tags().stream()
            .map(
                t ->
                    List.of(
                        ButtonData.of(PREFIX, t.key())
                            .button(
                                chosen.contains(t.key())
                                    ? TagTexts.CHOSEN_MARK + t.label()
                                    : t.label())))
            .toList();
    return Reply.of(text.build(), keyboard);
  }
}
