package vn.trolycongdoan.bot.questions.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.questions.ShownAnswer;
import vn.trolycongdoan.bot.questions.SqliteQuestionLog;
import vn.trolycongdoan.bot.questions.Vote;
import vn.trolycongdoan.bot.store.Database;

/** The review on a real question log: what counts as missed, the period's bounds, the answers. */
class QuestionReviewTest {

  private static final ChatUser HUONG = new ChatUser(Channel.TELEGRAM, "42", "42", "Hương");
  private static final ChatUser DUC = new ChatUser(Channel.TELEGRAM, "43", "43", "Đức");
  private static final ChatUser GUEST = new ChatUser(Channel.WEB, "web-1", "web-1", "");

  /** 2026-11-20 09:00 in Việt Nam. */
  private static final Instant DAY = Instant.parse("2026-11-20T02:00:00Z");

  private static final ShownAnswer DUES =
      new ShownAnswer(
          0,
          "hd-29",
          "Điều 4",
          "Hướng dẫn 29/HD-TLĐ, Điều 4",
          "Mức đóng đoàn phí bằng 1% tiền lương <b>đóng BHXH</b>.");

  @TempDir Path folder;

  private Database database;
  private SqliteQuestionLog log;
  private QuestionReview review;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("chat.db"));
    log = new SqliteQuestionLog(database);
    review = new QuestionReview(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void unanswered_and_disliked_questions_are_grouped_and_liked_or_unvoted_answers_are_not() {
    long unanswered = log.record(HUONG, "Mức đóng đoàn phí là bao nhiêu?", null, DAY);
    long disliked = log.record(DUC, "đoàn phí đóng bao nhiêu", DUES, DAY.plusSeconds(60));
    log.vote(disliked, 0, DUC, Vote.DOWN, DAY.plusSeconds(90));
    long liked = log.record(GUEST, "Đoàn phí đóng bao nhiêu?", DUES, DAY.plusSeconds(120));
    log.vote(liked, 0, GUEST, Vote.UP, DAY.plusSeconds(150));
    log.record(HUONG, "Nghỉ thai sản mấy tháng", DUES, DAY.plusSeconds(180));
    long other = log.record(HUONG, "Thủ tục kết nạp đoàn viên mới", null, DAY.plusSeconds(240));

    QuestionReview.Review found = review.groups(new ReviewPeriod(day(20), day(20)));

    assertThat(found.questions()).isEqualTo(3);
    assertThat(found.truncated()).isFalse();
    assertThat(found.groups()).hasSize(2);
    QuestionGroup dues = found.groups().get(0);
    assertThat(dues.questions())
        .extracting(MissedQuestion::id)
        .containsExactly(disliked, unanswered);
    assertThat(dues.unanswered()).isEqualTo(1);
    assertThat(dues.disliked()).isEqualTo(1);
    assertThat(dues.first().downVotes()).isEqualTo(1);
    assertThat(found.groups().get(1).first().id()).isEqualTo(other);
  }

  @Test
  void the_period_holds_its_first_and_last_day_in_vietnam_time_and_nothing_around_them() {
    // 2026-11-19 23:59 and 2026-11-21 00:00 in Việt Nam
    log.record(HUONG, "trước kỳ", null, Instant.parse("2026-11-19T16:59:00Z"));
    long first = log.record(HUONG, "đầu kỳ", null, Instant.parse("2026-11-19T17:00:00Z"));
    long last = log.record(HUONG, "cuối kỳ", null, Instant.parse("2026-11-20T16:59:59Z"));
    log.record(HUONG, "sau kỳ", null, Instant.parse("2026-11-20T17:00:00Z"));

    QuestionReview.Review found = review.groups(new ReviewPeriod(day(20), day(20)));

    assertThat(found.groups())
        .flatExtracting(QuestionGroup::questions)
        .extracting(MissedQuestion::id)
        .containsExactlyInAnyOrder(first, last);
  }

  @Test
  void a_question_opens_with_each_answer_shown_its_citation_and_votes() {
    long id = log.record(DUC, "đoàn phí <script>alert(1)</script>", DUES, DAY);
    log.recordShown(
        id, new ShownAnswer(1, "nd-191", "", "Nghị định 191/2013/NĐ-CP", "Đoàn phí công đoàn…"));
    log.vote(id, 0, DUC, Vote.DOWN, DAY);
    log.vote(id, 0, HUONG, Vote.DOWN, DAY);
    log.vote(id, 1, HUONG, Vote.UP, DAY);

    ReviewedQuestion question = review.question(id).orElseThrow();

    assertThat(question.question().text()).isEqualTo("đoàn phí <script>alert(1)</script>");
    assertThat(question.question().downVotes()).isEqualTo(2);
    assertThat(question.shown())
        .containsExactly(
            new ShownText(
                0,
                "Hướng dẫn 29/HD-TLĐ, Điều 4",
                "Mức đóng đoàn phí bằng 1% tiền lương <b>đóng BHXH</b>.",
                0,
                2),
            new ShownText(1, "Nghị định 191/2013/NĐ-CP", "Đoàn phí công đoàn…", 1, 0));
    assertThat(review.question(id + 1)).isEmpty();
  }

  @Test
  void without_days_the_period_is_the_last_thirty_ending_today_in_vietnam() {
    Clock lateEvening = Clock.fixed(Instant.parse("2026-11-30T18:00:00Z"), ZoneOffset.UTC);

    ReviewPeriod period = ReviewPeriod.parse(null, "", lateEvening);

    assertThat(period).isEqualTo(new ReviewPeriod(LocalDate.of(2026, 11, 2), day(31)));
  }

  @Test
  void a_bad_day_a_reversed_period_or_one_over_a_year_is_refused_in_vietnamese() {
    Clock clock = Clock.systemUTC();
    assertThatThrownBy(() -> ReviewPeriod.parse("20/11/2026", null, clock))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("\"20/11/2026\" (from) không hợp lệ");
    assertThatThrownBy(() -> ReviewPeriod.parse("2026-11-20", "2026-11-19", clock))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("đứng trước");
    assertThatThrownBy(() -> ReviewPeriod.parse("2024-12-31", "2026-01-01", clock))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("tối đa 366 ngày");
  }

  /** A day of November 2026 (31 is 1 December). */
  private static LocalDate day(int november) {
    return LocalDate.of(2026, 11, 1).plusDays(november - 1);
  }
}
