package vn.trolycongdoan.bot.reports.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.Priority;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.reminders.SqliteReminderLog.SentReminder;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException.Reason;
import vn.trolycongdoan.bot.reports.store.ReportStore;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitLevel;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * The reminder staff send at once ("Nhắc ngay") to a unit that has not reported: the scheduled
 * reminder's text for that one period, to each of the unit's Telegram reporters, through the outbox
 * with {@link Priority#REMINDER}. A unit is reminded only if it is a grassroots union expected for
 * the period (see {@link vn.trolycongdoan.bot.reports.rollup.Completeness}), the period has begun
 * and is not locked, the unit has not reported and has a Telegram reporter, and no reminder of the
 * period of any kind reached it in the last {@link #AGAIN_AFTER}. The record ({@link
 * ReminderKind#NOW}) is written in the transaction that queues the messages, so two presses at once
 * send one reminder. Which units the caller may remind is the caller's to check. Thread-safe;
 * throws {@link vn.trolycongdoan.bot.store.StoreException} when the database fails, with nothing
 * queued.
 */
public final class ReminderNow {

  /** How long after a reminder (of any kind) a unit may be reminded again. */
  public static final Duration AGAIN_AFTER = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(ReminderNow.class);

  /**
   * A reminder sent.
   *
   * @param at when it was queued
   * @param recipients how many reporters it went to
   */
  public record Sent(Instant at, int recipients) {}

  /**
   * Where a unit stands for reminders of a period.
   *
   * @param reporters its reporters in Telegram, whom a reminder reaches
   * @param lastAt when it was last reminded of the period, {@code null} if never
   * @param lastKind the kind of that reminder, {@code null} if never
   * @param againFrom when it may be reminded again, {@code null} if now
   */
  public record Standing(int reporters, Instant lastAt, ReminderKind lastKind, Instant againFrom) {}

  private final ReportStore reports;
  private final Jdbc jdbc;
  private final SqliteReminderLog reminders;
  private final SqliteOutbox outbox;
  private final Reminders.Rendering telegram;
  private final Deadlines deadlines;
  private final ReminderTexts texts;
  private final Clock clock;

  /**
   * @param outbox where the messages are queued
   * @param telegram how a reminder becomes Telegram outbox rows
   * @param clock what "now" is: which periods have begun or are locked, and the reminders' times
   */
  public ReminderNow(
      ReportingFiles files,
      ReportStore reports,
      Database database,
      SqliteOutbox outbox,
      Reminders.Rendering telegram,
      Deadlines deadlines,
      Clock clock) {
    this.reports = reports;
    this.jdbc = database.jdbc();
    this.reminders = new SqliteReminderLog(database);
    this.outbox = outbox;
    this.telegram = telegram;
    this.deadlines = deadlines;
    this.texts = new ReminderTexts(deadlines, files.catalogue().indicators());
    this.clock = clock;
  }

  /**
   * Reminds {@code unit} of {@code period} now.
   *
   * @throws StaffRequestException {@link Reason#BAD_REQUEST} for a unit that is not expected to
   *     report for the period or a period not begun, {@link Reason#CONFLICT} for a locked period, a
   *     unit that has reported, one without a Telegram reporter, or one reminded less than {@link
   *     #AGAIN_AFTER} ago; each with a Vietnamese message saying why
   */
  public Sent remind(OrgUnit unit, Period period) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, Period.ZONE);
    check(unit, period, now, today);
    List<String> to =
        reminders
            .reporters(List.of(unit.code()), Channel.TELEGRAM)
            .getOrDefault(unit.code(), List.of());
    if (to.isEmpty()) {
      throw new StaffRequestException(Reason.CONFLICT, ReminderNowTexts.noReporter(unit));
    }
    Sent sent =
        jdbc.inTransaction(
            tx -> {
              Instant last = last(reminders.sent(tx, List.of(unit.code()), period));
              if (last != null && last.plus(AGAIN_AFTER).isAfter(now)) {
                throw new StaffRequestException(
                    Reason.CONFLICT, ReminderNowTexts.tooSoon(last, last.plus(AGAIN_AFTER)));
              }
              reminders.recordNow(tx, unit.code(), period, now, to.size());
              DueReminder due =
                  new DueReminder(
                      period,
                      today.isBefore(deadlines.deadlineDay(period))
                          ? ReminderKind.AHEAD
                          : ReminderKind.DEADLINE_DAY,
                      deadlines.deadlineDay(period));
              Reply reply = Reply.of(texts.reminder(unit, List.of(due), today));
              List<OutgoingMessage> messages =
                  to.stream()
                      .flatMap(user -> telegram.messages(user, reply, Priority.REMINDER).stream())
                      .toList();
              outbox.enqueue(tx, messages);
              return new Sent(now, to.size());
            });
    log.info("Reminder now: {} of {}, {} reporters", unit.code(), period, to.size());
    return sent;
  }

  /** Where each of {@code units} stands for reminders of {@code period}, by unit code. */
  public Map<String, Standing> standing(Collection<OrgUnit> units, Period period) {
    List<String> codes = units.stream().map(OrgUnit::code).toList();
    Map<String, List<String>> reporters = reminders.reporters(codes, Channel.TELEGRAM);
    List<SentReminder> sent = reminders.sent(jdbc, codes, period);
    Instant now = clock.instant();
    Map<String, Standing> standing = new LinkedHashMap<>();
    for (String code : codes) {
      SentReminder last =
          sent.stream()
              .filter(reminder -> reminder.unitCode().equals(code))
              .max(Comparator.comparing(SentReminder::at))
              .orElse(null);
      Instant again = last == null ? null : last.at().plus(AGAIN_AFTER);
      standing.put(
          code,
          new Standing(
              reporters.getOrDefault(code, List.of()).size(),
              last == null ? null : last.at(),
              last == null ? null : last.kind(),
              again != null && again.isAfter(now) ? again : null));
    }
    return standing;
  }

  private void check(OrgUnit unit, Period period, Instant now, LocalDate today) {
    if (unit.level() != UnitLevel.GRASSROOTS
        || !unit.isOpenBetween(period.firstDay(), period.lastDay())) {
      throw new StaffRequestException(
          Reason.BAD_REQUEST, ReminderNowTexts.notExpected(unit, period));
    }
    if (period.firstDay().isAfter(today)) {
      throw new StaffRequestException(Reason.BAD_REQUEST, ReminderNowTexts.notBegun(period));
    }
    if (deadlines.isLocked(period, now)) {
      throw new StaffRequestException(
          Reason.CONFLICT,
          ReminderNowTexts.locked(
              period, deadlines.lockedFrom(period).atZone(Period.ZONE).toLocalDate()));
    }
    if (!reports.firstReports(List.of(unit.code()), period).isEmpty()) {
      throw new StaffRequestException(Reason.CONFLICT, ReminderNowTexts.reported(unit, period));
    }
  }

  private static Instant last(List<SentReminder> sent) {
    return sent.stream().map(SentReminder::at).max(Instant::compareTo).orElse(null);
  }
}
