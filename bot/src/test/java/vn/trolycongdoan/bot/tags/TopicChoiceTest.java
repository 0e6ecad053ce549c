package vn.trolycongdoan.bot.tags;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.chat.ChatRouter;
import vn.trolycongdoan.bot.chat.ChatTurns;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FloodControl;
import vn.trolycongdoan.bot.chat.IncomingMessage;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.config.FloodLimit;
import vn.trolycongdoan.bot.members.SqliteSubscriberStore;
import vn.trolycongdoan.bot.members.Subscriptions;
import vn.trolycongdoan.bot.store.Database;

/** {@code /chude} and the choice after {@code /start}, through the real router on real SQLite. */
class TopicChoiceTest {

  private static final TagList TAGS =
      new TagList(
          List.of(
              new Tag("tin-tuc", "Tin tức chung"),
              new Tag("phap-luat", "Pháp luật"),
              new Tag("cham-lo", "Chăm lo")));
  private static final ChatUser LAN = new ChatUser(Channel.TELEGRAM, "701", "701", "Lan");
  private static final ChatUser WEB = new ChatUser(Channel.WEB, "web:1", "web:1", "Khách");

  @TempDir Path folder;

  private final FakeClock clock = FakeClock.atVietnamTime("2026-12-20T09:00");
  private Database database;
  private ChatRouter router;
  private ChatTurns turns;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    SqliteSubscriberStore subscribers = new SqliteSubscriberStore(database);
    Subscriptions subscriptions = new Subscriptions(subscribers, clock);
    TopicChoice topics = new TopicChoice(TAGS, database, subscribers, clock);
    router =
        ChatRouter.builder(
                new FloodControl(
                    new FloodLimit(1000, 1000, Duration.ofMinutes(1)), TimeMeter.SYSTEM_NANOTIME),
                (from, text) -> ChatResponse.text("question"))
            .onMessage(subscriptions::seen)
            .command(topics.offeredAfter(subscriptions.start()))
            .command(topics.command())
            .command(subscriptions.stop())
            .buttons(topics.buttons())
            .build();
    turns = new ChatTurns(router);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void start_welcomes_then_offers_the_tags_as_a_message_of_their_own() {
    List<Reply> replies = router.handle(IncomingMessage.text(LAN, "/start")).replies();

    assertThat(replies).hasSize(2);
    assertThat(replies.get(0).text().plainText()).startsWith("Xin chào Lan!");
    assertThat(replies.get(0).keyboard()).isEmpty();
    assertThat(replies.get(1).text().plainText())
        .startsWith("Chủ đề bạn quan tâm")
        .contains("Bạn chưa chọn chủ đề nào.")
        .doesNotContain("/dunglai");
    assertThat(labels(replies.get(1))).containsExactly("Tin tức chung", "Pháp luật", "Chăm lo");
  }

  @Test
  void pressing_a_tag_chooses_it_in_place_and_pressing_again_unchooses_it() {
    turns.say(LAN, "/dunglai");
    router.handle(IncomingMessage.text(LAN, "/start"));
    Reply shown = turns.reply(LAN, "/chude");

    Reply law = turns.press(LAN, shown, 1);
    Reply both = turns.press(LAN, law, 2);
    ChatResponse toast =
        router.handle(IncomingMessage.button(LAN, both.keyboard().get(1).get(0).data()));

    assertThat(law.replacesPressed()).isTrue();
    assertThat(labels(law)).containsExactly("Tin tức chung", "✅ Pháp luật", "Chăm lo");
    assertThat(law.text().plainText()).contains("Đang chọn: Pháp luật.");
    assertThat(labels(both)).containsExactly("Tin tức chung", "✅ Pháp luật", "✅ Chăm lo");
    assertThat(both.text().plainText()).contains("Đang chọn: Pháp luật, Chăm lo.");
    assertThat(toast.notice()).isEqualTo("Đã bỏ chọn: Pháp luật");
    assertThat(labels(toast.replies().get(0)))
        .containsExactly("Tin tức chung", "Pháp luật", "✅ Chăm lo");
    assertThat(
            database
                .jdbc()
                .list("SELECT chat_id || ' ' || tag FROM member_tags", row -> row.getString(1)))
        .containsExactly("701 cham-lo");
  }

  @Test
  void a_chat_that_stopped_keeps_its_tags_and_is_told_it_gets_nothing_until_start() {
    router.handle(IncomingMessage.text(LAN, "/start"));
    turns.press(LAN, turns.reply(LAN, "/chude"), 0);
    turns.say(LAN, "/dunglai");

    String shown = turns.say(LAN, "/chude");

    assertThat(shown).contains("Đang chọn: Tin tức chung.").contains("đang dừng nhận tin");
    assertThat(turns.say(new ChatUser(Channel.TELEGRAM, "702", "702", "Hà"), "/chude"))
        .as("never subscribed")
        .contains("Gõ /start");
  }

  @Test
  void the_web_chat_is_told_it_needs_no_tags_and_its_start_offers_none() {
    assertThat(turns.say(WEB, "/chude")).startsWith("Trang web không gửi tin chiến dịch");
    assertThat(router.handle(IncomingMessage.text(WEB, "/start")).replies()).hasSize(1);
    assertThat(router.handle(IncomingMessage.button(WEB, "cd:phap-luat")).notice())
        .startsWith("Trang web không gửi tin");
    assertThat(database.jdbc().list("SELECT tag FROM member_tags", row -> row.getString(1)))
        .isEmpty();
  }

  @Test
  void a_button_of_a_tag_no_longer_listed_is_answered_as_outdated_and_stores_nothing() {
    ChatResponse response = router.handle(IncomingMessage.button(LAN, "cd:the-thao"));

    assertThat(response.replies()).isEmpty();
    assertThat(response.notice()).isNotBlank();
    assertThat(database.jdbc().list("SELECT tag FROM member_tags", row -> row.getString(1)))
        .isEmpty();
  }

  private static List<String> labels(Reply reply) {
    return reply.keyboard().stream().flatMap(List::stream).map(Button::label).toList();
  }
}
