package vn.trolycongdoan.bot.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import vn.trolycongdoan.bot.broadcasts.Broadcast;
import vn.trolycongdoan.bot.broadcasts.BroadcastState;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.staff.ReportPeriods;
import vn.trolycongdoan.bot.reports.staff.ReportsView;
import vn.trolycongdoan.bot.reports.staff.RollupView;
import vn.trolycongdoan.bot.reports.staff.StaffAccess;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffQuery;
import vn.trolycongdoan.bot.reports.staff.StaffReports;
import vn.trolycongdoan.bot.store.Database;

/**
 * Builds the {@link OverviewView} of a staff account: today is the clock's day in Việt Nam; the
 * open period is {@link ReportPeriods#current}. Thread-safe; throws {@link
 * vn.trolycongdoan.bot.store.StoreException} when the database fails.
 */
public final class Overview {

  /** How many characters of a broadcast's text the overview shows. */
  public static final int TEXT_SHOWN = 120;

  private static final Set<BroadcastState> RUNNING =
      Set.of(BroadcastState.SCHEDULED, BroadcastState.SENDING, BroadcastState.PAUSED);

  private final SqliteOverviewStats stats;
  private final StaffAccess access;
  private final StaffReports reports;
  private final ReportPeriods periods;
  private final Deadlines deadlines;
  private final Broadcasts broadcasts;
  private final Clock clock;

  public Overview(
      Database database,
      StaffAccess access,
      StaffReports reports,
      ReportPeriods periods,
      Deadlines deadlines,
      Broadcasts broadcasts,
      Clock clock) {
    this.stats = new SqliteOverviewStats(database);
    this.access = access;
    this.reports = reports;
    this.periods = periods;
    this.deadlines = deadlines;
    this.broadcasts = broadcasts;
    this.clock = clock;
  }

  /**
   * The overview {@code member} sees, with questions of the last {@code days} days.
   *
   * @throws vn.trolycongdoan.bot.reports.staff.StaffRequestException when the account's unit has
   *     left the unit file
   */
  public OverviewView of(StaffMember member, int days) {
    LocalDate today = LocalDate.now(clock.withZone(Period.ZONE));
    QuestionDays questions =
        QuestionDays.of(today, days, stats.questionsPerDay(today.minusDays(days - 1L), today));
    SqliteOverviewStats.Subscribers subscribers = stats.subscribers();
    return new OverviewView(
        new OverviewView.Subscribers(
            subscribers.active(), subscribers.stopped(), subscribers.blocked()),
        new OverviewView.Questions(
            questions.days().stream()
                .map(d -> new OverviewView.Day(d.day().toString(), d.asked(), d.answered()))
                .toList(),
            questions.asked(),
            questions.answered(),
            questions.answeredShare()),
        reports(member),
        broadcasts.visibleTo(member).stream()
            .filter(broadcast -> RUNNING.contains(broadcast.state()))
            .map(this::running)
            .toList());
  }

  private OverviewView.Reports reports(StaffMember member) {
    Period period = periods.current();
    StaffQuery query = new StaffQuery(period, access.top(member));
    RollupView.Completeness completeness = reports.rollup(query).completeness();
    ReportsView values = reports.reports(query);
    int receipts = (int) values.rows().stream().map(ReportsView.Row::receipt).distinct().count();
    return new OverviewView.Reports(
        period.toString(),
        period.label(),
        values.unit(),
        receipts,
        completeness.expected(),
        completeness.received(),
        completeness.onTime(),
        completeness.rate(),
        completeness.onTimeRate(),
        deadlines.label(period));
  }

  private OverviewView.Running running(Broadcast broadcast) {
    String text = broadcast.text();
    if (text.codePointCount(0, text.length()) > TEXT_SHOWN) {
      text = text.substring(0, text.offsetByCodePoints(0, TEXT_SHOWN - 1)) + "…";
    }
    return new OverviewView.Running(
        broadcast.id(),
        text,
        broadcast.state().key(),
        broadcast.recipients(),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            broadcast.sendAt().truncatedTo(ChronoUnit.SECONDS).atZone(Period.ZONE)),
        broadcasts.counts(broadcast.id()));
  }
}
