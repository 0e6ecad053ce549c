package vn.trolycongdoan.bot.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.FakeClock;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.members.SqliteSubscriberStore;
import vn.trolycongdoan.bot.questions.ShownAnswer;
import vn.trolycongdoan.bot.questions.SqliteQuestionLog;
import vn.trolycongdoan.bot.store.Database;

/** The overview's organisation-wide counts on a real SQLite file written by the real stores. */
class SqliteOverviewStatsTest {

  private static final ChatUser LAN = new ChatUser(Channel.TELEGRAM, "501", "501", "Chị Lan");
  private static final ShownAnswer FOUND =
      new ShownAnswer(0, "laws/x", "Điều 113", "Bộ luật Lao động, Điều 113", "12 ngày");

  @TempDir Path folder;
  private Database database;
  private SqliteOverviewStats stats;
  private SqliteQuestionLog questions;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("overview.db"));
    stats = new SqliteOverviewStats(database);
    questions = new SqliteQuestionLog(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void questions_are_counted_per_vietnam_day_with_those_answered() {
    ask("2026-06-09T23:59", true);
    ask("2026-06-10T00:00", true);
    ask("2026-06-10T06:59", false);
    ask("2026-06-10T23:30", true);
    ask("2026-06-12T08:00", false);
    ask("2026-06-13T08:00", true);

    List<QuestionDays.Day> days =
        stats.questionsPerDay(LocalDate.parse("2026-06-10"), LocalDate.parse("2026-06-12"));

    assertThat(days)
        .containsExactly(
            new QuestionDays.Day(LocalDate.parse("2026-06-10"), 3, 2),
            new QuestionDays.Day(LocalDate.parse("2026-06-12"), 1, 0));
  }

  @Test
  void a_run_of_days_has_every_day_and_the_share_answered() {
    ask("2026-06-10T08:00", true);
    ask("2026-06-10T09:00", false);
    ask("2026-06-12T09:00", true);
    LocalDate last = LocalDate.parse("2026-06-12");

    QuestionDays run = QuestionDays.of(last, 3, stats.questionsPerDay(last.minusDays(2), last));

    assertThat(run.days()).extracting(QuestionDays.Day::asked).containsExactly(2, 0, 1);
    assertThat(run.days().get(1).day()).isEqualTo(LocalDate.parse("2026-06-11"));
    assertThat(run.asked()).isEqualTo(3);
    assertThat(run.answered()).isEqualTo(2);
    assertThat(run.answeredShare()).isEqualByComparingTo(new BigDecimal("66.7"));
  }

  @Test
  void with_no_questions_every_day_is_zero_and_there_is_no_share() {
    LocalDate last = LocalDate.parse("2026-06-30");

    QuestionDays run = QuestionDays.of(last, 30, stats.questionsPerDay(last.minusDays(29), last));

    assertThat(run.days()).hasSize(30);
    assertThat(run.days().get(0).day()).isEqualTo(LocalDate.parse("2026-06-01"));
    assertThat(run.asked()).isZero();
    assertThat(run.answeredShare()).isNull();
  }

  @Test
  void subscribers_are_counted_as_active_stopped_and_blocked_on_telegram_only() {
    SqliteSubscriberStore subscribers = new SqliteSubscriberStore(database);
    Instant at = Instant.parse("2026-06-01T00:00:00Z");
    subscribers.setSubscribed(user("1"), true, at);
    subscribers.setSubscribed(user("2"), true, at);
    subscribers.setSubscribed(user("3"), true, at);
    subscribers.setSubscribed(user("3"), false, at);
    subscribers.setSubscribed(user("4"), true, at);
    subscribers.markBlocked(Channel.TELEGRAM, "4");
    subscribers.seen(new ChatUser(Channel.WEB, "w1", "w1", "Khách"), at);

    assertThat(stats.subscribers()).isEqualTo(new SqliteOverviewStats.Subscribers(2, 1, 1));
  }

  private static ChatUser user(String id) {
    return new ChatUser(Channel.TELEGRAM, id, id, "Người " + id);
  }

  private void ask(String localTime, boolean found) {
    questions.record(
        LAN,
        "Nghỉ phép mấy ngày?",
        found ? FOUND : null,
        FakeClock.atVietnamTime(localTime).instant());
  }
}
