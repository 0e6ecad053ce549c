package vn.trolycongdoan.bot.questions.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.questions.Vote;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * Reads the question log ({@code questions}, {@code shown_answers}, {@code answer_feedback}) for
 * the missed questions. Thread-safe; every method throws {@link
 * vn.trolycongdoan.bot.store.StoreException} if the database fails.
 */
final class SqliteMissedQuestions {

  private static final String QUESTION =
      """
      SELECT q.id, q.asked_at, q.question, q.found,
        (SELECT count(*) FROM answer_feedback f WHERE f.question_id = q.id AND f.vote = ?) AS down
      FROM questions q""";

  private final Jdbc jdbc;

  SqliteMissedQuestions(Database database) {
    this.jdbc = database.jdbc();
  }

  /**
   * The questions asked from {@code from} until before {@code until} that found no answer or got a
   * 👎, newest first, at most {@code limit}.
   */
  List<MissedQuestion> asked(Instant from, Instant until, int limit) {
    return jdbc.list(
        QUESTION
            + """
             WHERE q.asked_at >= ? AND q.asked_at < ? AND (q.found = ? OR EXISTS (SELECT 1
              FROM answer_feedback f WHERE f.question_id = q.id AND f.vote = ?))
            ORDER BY q.asked_at DESC, q.id DESC LIMIT ?""",
        SqliteMissedQuestions::question,
        Vote.DOWN,
        from,
        until,
        false,
        Vote.DOWN,
        limit);
  }

  /** The question {@code id}, whether or not it was missed. */
  Optional<MissedQuestion> question(long id) {
    return jdbc.first(QUESTION + " WHERE q.id = ?", SqliteMissedQuestions::question, Vote.DOWN, id);
  }

  /** The answers shown for the question {@code id}, by rank, with their votes. */
  List<ShownText> shown(long id) {
    return jdbc.list(
        """
        SELECT s.rank, s.citation, s.answer,
          (SELECT count(*) FROM answer_feedback f WHERE f.question_id = s.question_id
            AND f.rank = s.rank AND f.vote = ?) AS up,
          (SELECT count(*) FROM answer_feedback f WHERE f.question_id = s.question_id
            AND f.rank = s.rank AND f.vote = ?) AS down
        FROM shown_answers s WHERE s.question_id = ? ORDER BY s.rank""",
        row ->
            new ShownText(
                row.getInt("rank"),
                row.getString("citation"),
                row.getString("answer"),
                row.getInt("up"),
                row.getInt("down")),
        Vote.UP,
        Vote.DOWN,
        id);
  }

  private static MissedQuestion question(ResultSet row) throws SQLException {
    return new MissedQuestion(
        row.getLong("id"),
        row.getString("question"),
        Jdbc.instant(row, "asked_at"),
        row.getBoolean("found"),
        row.getInt("down"));
  }
}
