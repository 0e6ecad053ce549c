package vn.trolycongdoan.bot.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;
import vn.trolycongdoan.bot.store.StoreException;

class SqliteQuestionLogTest {

  private static final ChatUser HUONG =
      new ChatUser(Channel.TELEGRAM, "42", "42", "Nguyễn Thị Hương");
  private static final ChatUser DUC = new ChatUser(Channel.TELEGRAM, "-1001", "77", "Trần Văn Đức");
  private static final Instant ASKED = Instant.parse("2025-03-03T08:00:00Z");
  private static final Instant LATER = Instant.parse("2025-03-03T08:05:00Z");
  private static final String QUESTION = "Nghỉ ốm được hưởng bao nhiêu phần trăm lương?";
  private static final ShownAnswer FIRST =
      new ShownAnswer(
          0,
          "luat-bhxh-2024",
          "Điều 45",
          "Luật Bảo hiểm xã hội số 41/2024/QH15, Điều 45",
          "Mức hưởng chế độ ốm đau bằng 75% tiền lương…");
  private static final ShownAnswer SECOND =
      new ShownAnswer(
          1, "nd-158-2025", "", "Nghị định 158/2025/NĐ-CP", "Người lao động được hưởng…");

  /** A feedback row as stored. */
  record Feedback(
      long questionId,
      int rank,
      String channel,
      String userId,
      String vote,
      String question,
      String answer,
      Instant votedAt) {

    static Feedback of(ResultSet row) throws SQLException {
      return new Feedback(
          row.getLong("question_id"),
          row.getInt("rank"),
          row.getString("channel"),
          row.getString("user_id"),
          row.getString("vote"),
          row.getString("question"),
          row.getString("answer"),
          Jdbc.instant(row, "voted_at"));
    }
  }

  @TempDir Path folder;

  private Database database;
  private SqliteQuestionLog log;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    log = new SqliteQuestionLog(database, Clock.fixed(LATER, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void a_question_is_logged_with_its_first_answer() {
    long id = log.record(HUONG, QUESTION, FIRST, ASKED);

    assertThat(id).isPositive();
    assertThat(log.question(id)).contains(QUESTION);
    assertThat(log.shown(id, 0)).contains(FIRST);
    assertThat(found(id)).isTrue();
  }

  @Test
  void a_question_without_an_answer_is_logged_as_not_found() {
    long id = log.record(HUONG, "Câu hỏi chưa có trong tài liệu?", null, ASKED);

    assertThat(log.question(id)).contains("Câu hỏi chưa có trong tài liệu?");
    assertThat(log.shown(id, 0)).isEmpty();
    assertThat(found(id)).isFalse();
  }

  @Test
  void each_question_gets_a_new_id() {
    long first = log.record(HUONG, QUESTION, FIRST, ASKED);
    long second = log.record(DUC, QUESTION, null, ASKED);

    assertThat(second).isGreaterThan(first);
    assertThat(log.question(second + 1)).isEmpty();
  }

  @Test
  void a_question_whose_answer_cannot_be_stored_is_not_stored_either() {
    ShownAnswer broken = new ShownAnswer(0, null, "", "", "");

    assertThatThrownBy(() -> log.record(HUONG, QUESTION, broken, ASKED))
        .isInstanceOf(StoreException.class);

    assertThat(database.jdbc().list("SELECT id FROM questions", row -> row.getLong(1))).isEmpty();
  }

  @Test
  void further_answers_are_added_and_a_rank_shown_before_keeps_its_first_answer() {
    long id = log.record(HUONG, QUESTION, FIRST, ASKED);

    log.recordShown(id, SECOND);
    log.recordShown(id, new ShownAnswer(1, "other", "", "Khác", "Khác"));

    assertThat(log.shown(id, 1)).contains(SECOND);
    assertThat(log.shown(id, 2)).isEmpty();
    assertThat(
            database
                .jdbc()
                .first(
                    "SELECT shown_at FROM shown_answers WHERE question_id = ? AND rank = 1",
                    row -> Jdbc.instant(row, "shown_at"),
                    id))
        .contains(LATER);
  }

  @Test
  void an_answer_for_an_unknown_question_is_refused() {
    assertThatThrownBy(() -> log.recordShown(999, SECOND)).isInstanceOf(StoreException.class);
  }

  @Test
  void a_vote_copies_the_question_and_the_answer_text() {
    long id = log.record(HUONG, QUESTION, FIRST, ASKED);

    assertThat(log.vote(id, 0, HUONG, Vote.UP, LATER)).isTrue();

    assertThat(feedback())
        .containsExactly(
            new Feedback(id, 0, "TELEGRAM", "42", "UP", QUESTION, FIRST.answer(), LATER));
  }

  @Test
  void a_later_vote_of_the_same_user_on_the_same_answer_replaces_the_earlier_one() {
    long id = log.record(HUONG, QUESTION, FIRST, ASKED);
    log.vote(id, 0, HUONG, Vote.UP, ASKED);

    assertThat(log.vote(id, 0, HUONG, Vote.DOWN, LATER)).isTrue();

    assertThat(feedback())
        .containsExactly(
            new Feedback(id, 0, "TELEGRAM", "42", "DOWN", QUESTION, FIRST.answer(), LATER));
  }

  @Test
  void votes_of_different_users_and_on_different_answers_are_kept_apart() {
    long id = log.record(HUONG, QUESTION, FIRST, ASKED);
    log.recordShown(id, SECOND);

    log.vote(id, 0, HUONG, Vote.UP, LATER);
    log.vote(id, 0, DUC, Vote.DOWN, LATER);
    log.vote(id, 1, HUONG, Vote.DOWN, LATER);

    assertThat(feedback())
        .extracting(Feedback::rank, Feedback::userId, Feedback::vote, Feedback::answer)
        .containsExactly(
            tuple(0, "42", "UP", FIRST.answer()),
            tuple(0, "77", "DOWN", FIRST.answer()),
            tuple(1, "42", "DOWN", SECOND.answer()));
  }

  @Test
  void a_vote_on_an_answer_never_shown_stores_nothing() {
    long id = log.record(HUONG, QUESTION, FIRST, ASKED);
    long unanswered = log.record(HUONG, "Không có câu trả lời", null, ASKED);

    assertThat(log.vote(id, 1, HUONG, Vote.UP, LATER)).isFalse();
    assertThat(log.vote(unanswered, 0, HUONG, Vote.UP, LATER)).isFalse();
    assertThat(log.vote(999, 0, HUONG, Vote.UP, LATER)).isFalse();

    assertThat(feedback()).isEmpty();
  }

  @Test
  void vietnamese_text_round_trips_unchanged() {
    String question = "Đoàn viên công đoàn được hỗ trợ gì khi kết hôn? Ví dụ: “hiếu, hỉ” – ốm đau…";
    ShownAnswer answer =
        new ShownAnswer(
            0,
            "quy-che-chi-tieu-noi-bo",
            "Chương II › Điều 7 › Khoản 2",
            "Quy chế chi tiêu nội bộ năm 2025, Điều 7",
            "Mức hỗ trợ: 500.000 đồng/người; ghi rõ “Hiếu hỉ” 🎉");

    long id = log.record(DUC, question, answer, ASKED);
    log.vote(id, 0, DUC, Vote.UP, LATER);

    assertThat(log.question(id)).contains(question);
    assertThat(log.shown(id, 0)).contains(answer);
    assertThat(feedback())
        .singleElement()
        .satisfies(
            vote -> {
              assertThat(vote.question()).isEqualTo(question);
              assertThat(vote.answer()).isEqualTo(answer.answer());
            });
  }

  private boolean found(long id) {
    return database
        .jdbc()
        .first("SELECT found FROM questions WHERE id = ?", row -> row.getBoolean(1), id)
        .orElseThrow();
  }

  private List<Feedback> feedback() {
    return database
        .jdbc()
        .list("SELECT * FROM answer_feedback ORDER BY question_id, rank, user_id", Feedback::of);
  }
}
