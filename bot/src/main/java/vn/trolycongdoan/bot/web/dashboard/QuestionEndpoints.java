package vn.trolycongdoan.bot.web.dashboard;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.trolycongdoan.bot.questions.review.MissedQuestion;
import vn.trolycongdoan.bot.questions.review.QuestionGroup;
import vn.trolycongdoan.bot.questions.review.QuestionReview;
import vn.trolycongdoan.bot.questions.review.ReviewPeriod;
import vn.trolycongdoan.bot.questions.review.ReviewedQuestion;
import vn.trolycongdoan.bot.questions.review.ShownText;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.web.NotFoundException;
import vn.trolycongdoan.bot.web.StaffEndpoints;
import vn.trolycongdoan.bot.web.StaffRouter;

/**
 * The Câu hỏi page ({@code /quanly/cauhoi}) and its API over {@link QuestionReview}: {@code GET
 * /api/quanly/questions?from=yyyy-mm-dd&to=yyyy-mm-dd} (the groups of missed questions, each with
 * its questions; the last 30 days by default) and {@code GET /api/quanly/questions/{id}} (one
 * question with the answers shown for it and their votes). Questions carry no unit: every staff
 * account sees the whole organisation's.
 */
public final class QuestionEndpoints implements StaffEndpoints {

  private final QuestionReview review;
  private final Clock clock;

  /**
   * @param clock what "today" is when no period is asked for
   */
  public QuestionEndpoints(QuestionReview review, Clock clock) {
    this.review = review;
    this.clock = clock;
  }

  @Override
  public void register(StaffRouter router) {
    router
        .page("/quanly/cauhoi", DashboardPage.named("cauhoi"))
        .get("/api/quanly/questions", this::groups)
        .get("/api/quanly/questions/{id}", this::question);
  }

  private void groups(Context ctx, StaffMember member) {
    QuestionReview.Review found =
        review.groups(ReviewPeriod.parse(ctx.queryParam("from"), ctx.queryParam("to"), clock));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("from", found.period().from().toString());
    answer.put("to", found.period().to().toString());
    answer.put("questions", found.questions());
    answer.put("truncated", found.truncated());
    answer.put("groups", found.groups().stream().map(QuestionEndpoints::group).toList());
    ctx.json(answer);
  }

  private void question(Context ctx, StaffMember member) {
    long id = DashboardJson.id(ctx);
    ReviewedQuestion found =
        review
            .question(id)
            .orElseThrow(() -> new NotFoundException("Không có câu hỏi mã " + id + "."));
    Map<String, Object> view = question(found.question());
    view.put("answers", found.shown().stream().map(QuestionEndpoints::shown).toList());
    ctx.json(view);
  }

  private static Map<String, Object> group(QuestionGroup group) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", group.first().id());
    view.put("label", group.first().text());
    view.put("count", group.count());
    view.put("unanswered", group.unanswered());
    view.put("disliked", group.disliked());
    view.put("lastAskedAt", DashboardJson.time(group.lastAskedAt()));
    view.put("questions", group.questions().stream().map(QuestionEndpoints::question).toList());
    return view;
  }

  private static Map<String, Object> question(MissedQuestion question) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", question.id());
    view.put("text", question.text());
    view.put("askedAt", DashboardJson.time(question.askedAt()));
    view.put("found", question.found());
    view.put("downVotes", question.downVotes());
    return view;
  }

  private static Map<String, Object> shown(ShownText shown) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rank", shown.rank());
    view.put("citation", shown.citation());
    view.put("answer", shown.answer());
    view.put("upVotes", shown.upVotes());
    view.put("downVotes", shown.downVotes());
    return view;
  }
}
