package vn.trolycongdoan.bot.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;

class SqliteSuggestionStoreTest {

  private static final ChatUser HUONG =
      new ChatUser(Channel.TELEGRAM, "42", "42", "Nguyễn Thị Hương");
  private static final ChatUser GUEST = new ChatUser(Channel.WEB, "web-7f3a", "web-7f3a", "");
  private static final Instant AT = Instant.parse("2025-03-03T08:00:00.456Z");

  @TempDir Path folder;

  private Database database;
  private SqliteSuggestionStore store;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    store = new SqliteSuggestionStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void a_suggestion_gets_an_id_and_the_reference_made_from_it() {
    Suggestion first = store.add(HUONG, null, "Đề nghị tăng mức hỗ trợ ốm đau.", AT);
    Suggestion second = store.add(GUEST, null, "Cần thêm chỗ gửi xe.", AT.plusSeconds(60));

    assertThat(first)
        .isEqualTo(new Suggestion(1, "KN-000001", HUONG, "Đề nghị tăng mức hỗ trợ ốm đau.", AT));
    assertThat(second.id()).isEqualTo(2);
    assertThat(second.reference()).isEqualTo("KN-000002");
  }

  @Test
  void the_reference_is_stored_with_the_row() {
    Suggestion added = store.add(HUONG, null, "Kiến nghị về giờ làm thêm.", AT);

    assertThat(
            database
                .jdbc()
                .list(
                    "SELECT reference FROM suggestions WHERE id = ?",
                    row -> row.getString(1),
                    added.id()))
        .containsExactly(added.reference());
  }

  @Test
  void latest_lists_the_newest_first_up_to_the_limit() {
    Suggestion one = store.add(HUONG, null, "Một", AT);
    Suggestion two = store.add(GUEST, null, "Hai", AT.plusSeconds(1));
    Suggestion three = store.add(HUONG, null, "Ba", AT.plusSeconds(2));

    assertThat(store.latest(2)).containsExactly(three, two);
    assertThat(store.latest(10)).containsExactly(three, two, one);
    assertThat(store.latest(0)).isEmpty();
    assertThatThrownBy(() -> store.latest(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void vietnamese_text_round_trips_unchanged() {
    String text =
        "Kính gửi Ban Chấp hành: đề nghị xem xét chế độ thai sản cho lao động nữ 🙏\nXin cảm ơn!";

    store.add(HUONG, null, text, AT);

    assertThat(store.latest(1)).singleElement().extracting(Suggestion::text).isEqualTo(text);
  }

  @Test
  void suggestions_added_at_once_from_many_threads_get_distinct_references() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Suggestion>> added = new ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) {
        String text = "Kiến nghị số " + i;
        added.add(pool.submit(() -> store.add(HUONG, null, text, AT)));
      }
      List<String> references = new ArrayList<>();
      for (Future<Suggestion> suggestion : added) {
        references.add(suggestion.get().reference());
      }

      assertThat(references).doesNotHaveDuplicates().hasSize(40);
      assertThat(store.latest(100))
          .extracting(Suggestion::reference)
          .containsExactlyInAnyOrderElementsOf(references);
    } finally {
      pool.shutdownNow();
    }
  }
}
