package vn.trolycongdoan.bot.reports.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.config.ReminderSettings;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.Priority;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.catalogue.Indicator;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.rollup.Completeness;
import vn.trolycongdoan.bot.reports.store.ReportStore;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitLevel;
import vn.trolycongdoan.bot.reports.units.UnitTree;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.store.Jdbc;

/**
 * Reminds the units that have not reported. Each {@link #runOnce} looks at today (Việt Nam time,
 * from the clock): from {@link ReminderSettings#fromHour} on, for every period whose reminder is
 * due ({@link ReminderCalendar}), every unit {@link Completeness} lists as missing and not yet
 * reminded of it gets one message, in Telegram, to each reporter registered for it ({@code
 * /dangky}; in a private chat the chat id is the user id), with the priority {@link
 * Priority#REMINDER}. One message names all the unit's periods due that day. The record that a unit
 * was reminded is written in the transaction that queues its messages, so a reminder is queued once
 * or not at all, whatever crashes or restarts; the outbox then never sends it twice. A unit with no
 * reporter yet is not recorded, so one who registers before the window closes is still reminded.
 * Web chat reporters get no reminder: nothing can be pushed to a browser.
 *
 * <p>Thread-safe, though meant for one scheduler thread; throws {@link
 * vn.trolycongdoan.bot.store.StoreException} when the database fails, with the units before the
 * failing one reminded and the rest left for the next run.
 */
public final class Reminders {

  /** Renders a reminder as a channel's outbox rows to one chat. */
  @FunctionalInterface
  public interface Rendering {
    List<OutgoingMessage> messages(String chatId, Reply reply, Priority priority);
  }

  private static final Logger log = LoggerFactory.getLogger(Reminders.class);

  private final UnitTree units;
  private final List<String> expectedCodes;
  private final ReportStore reports;
  private final Jdbc jdbc;
  private final SqliteReminderLog reminders;
  private final SqliteOutbox outbox;
  private final Rendering telegram;
  private final ReminderCalendar calendar;
  private final ReminderTexts texts;
  private final ReminderSettings settings;
  private final Clock clock;

  /**
   * @param outbox where the messages are queued; its clock stamps them, so give it the sender's
   * @param telegram how a reminder becomes Telegram outbox rows
   * @param settings how many days ahead and from which hour ({@link ReminderSettings#enabled} is
   *     the caller's to check)
   * @param clock the time that decides which reminders are due
   */
  public Reminders(
      ReportingFiles files,
      ReportStore reports,
      Database database,
      SqliteOutbox outbox,
      Rendering telegram,
      Deadlines deadlines,
      ReminderSettings settings,
      Clock clock) {
    this.units = files.units();
    this.expectedCodes =
        units.depthFirst().stream()
            .filter(unit -> unit.level() == UnitLevel.GRASSROOTS)
            .map(OrgUnit::code)
            .toList();
    this.reports = reports;
    this.jdbc = database.jdbc();
    this.reminders = new SqliteReminderLog(database);
    this.outbox = outbox;
    this.telegram = telegram;
    List<Indicator> indicators = files.catalogue().indicators();
    this.calendar =
        new ReminderCalendar(
            deadlines,
            indicators.stream().map(Indicator::cadence).collect(Collectors.toSet()),
            settings.daysBefore());
    this.texts = new ReminderTexts(deadlines, indicators);
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Queues the reminders due now and not yet sent.
   *
   * @return how many units were reminded
   */
  public int runOnce() {
    Instant now = clock.instant();
    LocalDateTime local = LocalDateTime.ofInstant(now, Period.ZONE);
    if (local.getHour() < settings.fromHour()) {
      return 0;
    }
    LocalDate today = local.toLocalDate();
    Map<OrgUnit, List<DueReminder>> missing = missing(calendar.dueOn(today));
    if (missing.isEmpty()) {
      return 0;
    }
    Map<String, List<String>> reporters =
        reminders.reporters(
            missing.keySet().stream().map(OrgUnit::code).toList(), Channel.TELEGRAM);
    int reminded = 0;
    int messages = 0;
    for (Map.Entry<OrgUnit, List<DueReminder>> unit : missing.entrySet()) {
      List<String> to = reporters.getOrDefault(unit.getKey().code(), List.of());
      if (!to.isEmpty()) {
        int queued = remind(unit.getKey(), unit.getValue(), to, today, now);
        reminded += queued > 0 ? 1 : 0;
        messages += queued;
      }
    }
    if (reminded > 0) {
      log.info("Reminders: {} units reminded, {} messages queued", reminded, messages);
    }
    return reminded;
  }

  /** The units that have not reported, each with the reminders it is due, in the tree's order. */
  private Map<OrgUnit, List<DueReminder>> missing(List<DueReminder> due) {
    Map<OrgUnit, List<DueReminder>> byUnit = new LinkedHashMap<>();
    for (DueReminder reminder : due) {
      Set<String> done = reminders.reminded(reminder.period(), reminder.kind());
      Completeness completeness =
          Completeness.of(
              units,
              units.root(),
              reminder.period(),
              reports.firstReports(expectedCodes, reminder.period()));
      for (OrgUnit unit : completeness.missing()) {
        if (!done.contains(unit.code())) {
          byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(reminder);
        }
      }
    }
    Map<OrgUnit, List<DueReminder>> ordered = new LinkedHashMap<>();
    units.depthFirst().stream()
        .filter(byUnit::containsKey)
        .forEach(unit -> ordered.put(unit, byUnit.get(unit)));
    return ordered;
  }

  /** Records and queues one unit's reminder in one transaction; returns the messages queued. */
  private int remind(
      OrgUnit unit, List<DueReminder> due, List<String> to, LocalDate today, Instant now) {
    return jdbc.inTransaction(
        tx -> {
          List<DueReminder> fresh =
              due.stream()
                  .filter(reminder -> reminders.record(tx, unit.code(), reminder, now, to.size()))
                  .toList();
          if (fresh.isEmpty()) {
            return 0;
          }
          Reply reply = Reply.of(texts.reminder(unit, fresh, today));
          List<OutgoingMessage> messages =
              to.stream()
                  .flatMap(user -> telegram.messages(user, reply, Priority.REMINDER).stream())
                  .toList();
          outbox.enqueue(tx, messages);
          return messages.size();
        });
  }
}
