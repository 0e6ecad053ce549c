package vn.trolycongdoan.bot.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;

class SqliteSubscriberStoreTest {

  private static final Instant MONDAY = Instant.parse("2025-03-03T08:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2025-03-04T09:30:00.123Z");

  @TempDir Path folder;

  private Database database;
  private SqliteSubscriberStore store;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    store = new SqliteSubscriberStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Instant lastSeen(String chatId) {
    return store.find(Channel.TELEGRAM, chatId).orElseThrow().lastSeen();
  }

  @Test
  void a_chat_seen_for_the_first_time_is_stored_unsubscribed() {
    store.seen(telegram("42", "Nguyễn Thị Hương"), MONDAY);

    assertThat(store.find(Channel.TELEGRAM, "42"))
        .contains(
            new Subscriber(
                Channel.TELEGRAM, "42", "42", "Nguyễn Thị Hương", false, false, MONDAY, MONDAY));
    assertThat(store.find(Channel.WEB, "42")).isEmpty();
  }

  @Test
  void seeing_a_chat_again_updates_user_name_and_last_seen_and_keeps_first_seen_and_subscription() {
    store.setSubscribed(telegram("42", "Hương"), true, MONDAY);

    store.seen(new ChatUser(Channel.TELEGRAM, "42", "77", "Trần Văn Đức"), TUESDAY);

    assertThat(store.find(Channel.TELEGRAM, "42"))
        .contains(
            new Subscriber(
                Channel.TELEGRAM, "42", "77", "Trần Văn Đức", true, false, MONDAY, TUESDAY));
  }

  @Test
  void a_blocked_chat_that_writes_again_is_no_longer_blocked() {
    store.setSubscribed(telegram("42", "Hương"), true, MONDAY);
    store.markBlocked(Channel.TELEGRAM, "42");
    assertThat(store.find(Channel.TELEGRAM, "42").orElseThrow().blocked()).isTrue();

    store.seen(telegram("42", "Hương"), TUESDAY);

    assertThat(store.find(Channel.TELEGRAM, "42").orElseThrow().blocked()).isFalse();
    assertThat(store.subscribed(Channel.TELEGRAM))
        .extracting(Subscriber::chatId)
        .containsExactly("42");
  }

  @Test
  void messages_within_a_minute_write_last_seen_once_unless_the_name_changes() {
    store.seen(telegram("42", "Hương"), MONDAY);
    store.seen(telegram("42", "Hương"), MONDAY.plusSeconds(30));
    assertThat(lastSeen("42")).isEqualTo(MONDAY);

    store.seen(telegram("42", "Hương Nguyễn"), MONDAY.plusSeconds(40));
    assertThat(store.find(Channel.TELEGRAM, "42").orElseThrow().displayName())
        .isEqualTo("Hương Nguyễn");
    assertThat(lastSeen("42")).isEqualTo(MONDAY.plusSeconds(40));

    store.seen(telegram("42", "Hương Nguyễn"), MONDAY.plusSeconds(100));
    assertThat(lastSeen("42")).isEqualTo(MONDAY.plusSeconds(100));
  }

  @Test
  void a_chat_marked_blocked_just_after_it_wrote_is_unblocked_by_its_next_message() {
    store.seen(telegram("42", "Hương"), MONDAY);
    store.markBlocked(Channel.TELEGRAM, "42");

    store.seen(telegram("42", "Hương"), MONDAY.plusSeconds(5));

    assertThat(store.find(Channel.TELEGRAM, "42").orElseThrow().blocked()).isFalse();
  }

  @Test
  void subscribing_creates_an_unknown_chat_and_unsubscribing_keeps_it() {
    store.setSubscribed(telegram("42", "Hương"), true, MONDAY);
    assertThat(store.find(Channel.TELEGRAM, "42").orElseThrow().subscribed()).isTrue();

    store.setSubscribed(telegram("42", "Hương"), false, TUESDAY);

    assertThat(store.find(Channel.TELEGRAM, "42"))
        .contains(
            new Subscriber(Channel.TELEGRAM, "42", "42", "Hương", false, false, MONDAY, TUESDAY));
  }

  @Test
  void marking_an_unknown_chat_blocked_stores_nothing() {
    store.markBlocked(Channel.TELEGRAM, "404");

    assertThat(store.find(Channel.TELEGRAM, "404")).isEmpty();
  }

  @Test
  void the_subscribed_list_leaves_out_blocked_unsubscribed_and_other_channel_chats_oldest_first() {
    store.setSubscribed(telegram("3", "Ba"), true, TUESDAY);
    store.setSubscribed(telegram("1", "Một"), true, MONDAY);
    store.setSubscribed(telegram("2", "Hai"), true, MONDAY.plusSeconds(60));
    store.setSubscribed(telegram("blocked", "Bốn"), true, MONDAY);
    store.markBlocked(Channel.TELEGRAM, "blocked");
    store.seen(telegram("never", "Năm"), MONDAY);
    store.setSubscribed(telegram("left", "Sáu"), true, MONDAY);
    store.setSubscribed(telegram("left", "Sáu"), false, TUESDAY);
    store.setSubscribed(new ChatUser(Channel.WEB, "w1", "w1", "Bảy"), true, MONDAY);

    assertThat(store.subscribed(Channel.TELEGRAM))
        .extracting(Subscriber::chatId)
        .containsExactly("1", "2", "3");
    assertThat(store.subscribed(Channel.WEB)).extracting(Subscriber::chatId).containsExactly("w1");
  }

  @Test
  void vietnamese_names_and_emoji_round_trip_unchanged() {
    String name = "Phạm Thị Ngọc Ánh – Công đoàn cơ sở Trường THPT Lê Quý Đôn 🌸";

    store.seen(telegram("42", name), MONDAY);

    assertThat(store.find(Channel.TELEGRAM, "42").orElseThrow().displayName()).isEqualTo(name);
  }

  private static ChatUser telegram(String chatId, String name) {
    return new ChatUser(Channel.TELEGRAM, chatId, chatId, name);
  }
}
