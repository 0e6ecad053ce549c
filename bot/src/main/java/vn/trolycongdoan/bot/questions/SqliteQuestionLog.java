package vn.trolycongdoan.bot.questions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * {@link QuestionLog} in the {@code questions}, {@code shown_answers} and {@code answer_feedback}
 * tables.
 *
 * <p>The first answer is stored with the rank it carries and the question's time; {@link
 * #recordShown} has no time of its own, so it stamps the answer with the clock's. {@link
 * #recordShown} for a question never recorded throws a {@link
 * vn.trolycongdoan.bot.store.StoreException} (the foreign key refuses it). A vote is one {@code
 * INSERT ... SELECT} from the shown answer, so it copies the texts and finds "not shown"
 * atomically. Thread-safe.
 */
public final class SqliteQuestionLog implements QuestionLog {

  private static final String INSERT_SHOWN =
      """
      INSERT INTO shown_answers (question_id, rank, document_id, section, citation, answer, shown_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (question_id, rank) DO NOTHING""";

  /**
   * Copies the question and the shown answer in; inserts nothing when that answer was not shown.
   */
  private static final String UPSERT_VOTE =
      """
      INSERT INTO answer_feedback (question_id, rank, channel, user_id, vote, question, answer, voted_at)
      SELECT s.question_id, s.rank, ?, ?, ?, q.question, s.answer, ?
      FROM shown_answers s JOIN questions q ON q.id = s.question_id
      WHERE s.question_id = ? AND s.rank = ?
      ON CONFLICT (question_id, rank, channel, user_id) DO UPDATE SET
        vote = excluded.vote, voted_at = excluded.voted_at""";

  private final Jdbc jdbc;
  private final Clock clock;

  public SqliteQuestionLog(Database database) {
    this(database, Clock.systemUTC());
  }

  SqliteQuestionLog(Database database, Clock clock) {
    this.jdbc = database.jdbc();
    this.clock = clock;
  }

  @Override
  public long record(ChatUser from, String question, ShownAnswer first, Instant at) {
    return jdbc.inTransaction(
        tx -> {
          long id =
              tx.insertReturningId(
                  """
          INSERT INTO questions (asked_at, channel, chat_id, user_id, question, found)
          VALUES (?, ?, ?, ?, ?, ?) RETURNING id""",
                  at,
                  from.channel(),
                  from.chatId(),
                  from.userId(),
                  question,
                  first != null);
          if (first != null) {
            insertShown(tx, id, first, at);
          }
          return id;
        });
  }

  @Override
  public Optional<AskedIn> askedIn(long questionId) {
    return jdbc.first(
        "SELECT channel, chat_id FROM questions WHERE id = ?",
        row -> new AskedIn(Channel.valueOf(row.getString(1)), row.getString(2)),
        questionId);
  }

  @Override
  public Optional<String> question(long questionId) {
    return jdbc.first(
        "SELECT question FROM questions WHERE id = ?", row -> row.getString(1), questionId);
  }

  @Override
  public void recordShown(long questionId, ShownAnswer answer) {
    insertShown(jdbc, questionId, answer, clock.instant());
  }

  @Override
  public Optional<ShownAnswer> shown(long questionId, int rank) {
    return jdbc.first(
        """
        SELECT rank, document_id, section, citation, answer FROM shown_answers
        WHERE question_id = ? AND rank = ?""",
        SqliteQuestionLog::shownAnswer,
        questionId,
        rank);
  }

  @Override
  public boolean vote(long questionId, int rank, ChatUser from, Vote vote, Instant at) {
    return jdbc.update(UPSERT_VOTE, from.channel(), from.userId(), vote, at, questionId, rank) == 1;
  }

  private static void insertShown(Jdbc jdbc, long questionId, ShownAnswer answer, Instant at) {
    jdbc.update(
        INSERT_SHOWN,
        questionId,
        answer.rank(),
        answer.documentId(),
        answer.section(),
        answer.citation(),
        answer.answer(),
        at);
  }

  private static ShownAnswer shownAnswer(ResultSet row) throws SQLException {
    return new ShownAnswer(
        row.getInt("rank"),
        row.getString("document_id"),
        row.getString("section"),
        row.getString("citation"),
        row.getString("answer"));
  }
}
