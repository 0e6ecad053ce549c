package vn.trolycongdoan.bot.app;

import io.github.bucket4j.TimeMeter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.broadcasts.BroadcastProgress;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.broadcasts.chat.BroadcastChat;
import vn.trolycongdoan.bot.chat.ChatRouter;
import vn.trolycongdoan.bot.config.DataFolder;
import vn.trolycongdoan.bot.config.ReminderSettings;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.corpus.KnowledgeSetup;
import vn.trolycongdoan.bot.documents.DocumentChanges;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.members.SqliteSubscriberStore;
import vn.trolycongdoan.bot.outbox.Foreground;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.questions.SqliteQuestionLog;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.ReportingSetup;
import vn.trolycongdoan.bot.reports.chat.ExpiredEntries;
import vn.trolycongdoan.bot.reports.chat.ReportChat;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.reports.reminders.Reminders;
import vn.trolycongdoan.bot.reports.roles.StaffRoles;
import vn.trolycongdoan.bot.reports.staff.StaffReports;
import vn.trolycongdoan.bot.reports.staffchat.StaffChat;
import vn.trolycongdoan.bot.reports.store.SqliteReportStore;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.suggestions.SenderUnit;
import vn.trolycongdoan.bot.suggestions.SqliteSuggestionStore;
import vn.trolycongdoan.bot.tags.TagList;
import vn.trolycongdoan.bot.tags.TagSetup;
import vn.trolycongdoan.bot.tags.TopicChoice;
import vn.trolycongdoan.bot.telegram.TelegramBot;
import vn.trolycongdoan.bot.telegram.TelegramLauncher;
import vn.trolycongdoan.bot.telegram.TelegramReplies;
import vn.trolycongdoan.bot.web.PostRoute;
import vn.trolycongdoan.bot.web.SqliteWebSessions;
import vn.trolycongdoan.bot.web.StaffRouter;
import vn.trolycongdoan.bot.web.WebServer;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.KnowledgeConfig;

/**
 * The running service: the knowledge base, the database, the chat core with its Telegram bot and
 * web chat, the scheduled jobs (reminders, clean-ups) and a refresh of the index in the background,
 * started together and closed together (in reverse order). {@link #close} may be called from any
 * thread, more than once.
 */
public final class Application implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Application.class);

  /**
   * Database connections kept open: one for each web server thread, and a few more for Telegram's
   * chat threads and the background work, so no message opens a connection of its own.
   */
  private static final int IDLE_CONNECTIONS = WebServer.MAX_THREADS + 8;

  /** How long unfinished report drafts and guided entries are kept. */
  private static final Duration REPORT_ENTRIES_KEPT = Duration.ofDays(7);

  /**
   * How often broadcasts are started, finished and their progress told (at most; a test's shorter
   * job interval wins): often enough for a progress message every few seconds.
   */
  private static final Duration BROADCAST_JOBS_EVERY = Duration.ofSeconds(1);

  private final Deque<AutoCloseable> parts;
  private final BackgroundIndexer indexer;
  private final WebServer web;
  private final String url;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private Application(
      Deque<AutoCloseable> parts, BackgroundIndexer indexer, WebServer web, String host) {
    this.parts = parts;
    this.indexer = indexer;
    this.web = web;
    this.url = "http://" + displayHost(host) + ":" + web.port();
  }

  /**
   * Opens the index and the database, starts Telegram (when a token is set; if Telegram cannot be
   * reached or refuses, it is retried in the background while the rest runs) and the web server,
   * then refreshes the index in the background: answers come from the previous index until the
   * refresh commits. On failure, what was started is closed again.
   *
   * @throws vn.trolycongdoan.bot.reports.ConfigFileException if the indicator catalogue, the
   *     org-unit tree or the tag list has a mistake; nothing is started then
   * @throws vn.trolycongdoan.bot.config.SettingsException if the data folder cannot be used
   * @throws IOException if the index cannot be opened
   * @throws vn.trolycongdoan.bot.store.StoreException if the database cannot be opened
   * @throws io.javalin.util.JavalinBindException if the port is taken
   */
  public static Application start(Settings settings) throws IOException {
    return start(settings, Timing.system());
  }

  /** {@link #start(Settings)} on another clock and job interval, e.g. a test's. */
  public static Application start(Settings settings, Timing timing) throws IOException {
    ReportingFiles reporting = ReportingSetup.load(settings);
    TagList tags = TagSetup.load(settings);
    log.info(
        "Reports: {} indicators, {} units",
        reporting.catalogue().indicators().size(),
        reporting.units().depthFirst().size());
    Deque<AutoCloseable> parts = new ArrayDeque<>();
    Clock clock = timing.clock();
    DataFolder.prepare(settings);
    try {
      KnowledgeConfig knowledge = KnowledgeSetup.config(settings);
      KnowledgeBase base = started(parts, KnowledgeBase.open(knowledge));
      BackgroundIndexer indexer = started(parts, new BackgroundIndexer(base));
      Database database = started(parts, Database.open(settings.databaseFile(), IDLE_CONNECTIONS));
      SqliteSubscriberStore subscribers = new SqliteSubscriberStore(database);
      DocumentLibrary library = DocumentLibrary.of(base);
      ChatAssembly.Stores stores =
          new ChatAssembly.Stores(
              subscribers,
              new SqliteQuestionLog(database),
              new SqliteSuggestionStore(database),
              new SenderUnit(database, reporting.units()));
      Deadlines deadlines = new Deadlines(settings.deadlines());
      StaffRoles roles = new StaffRoles(settings.admins(), database, reporting.units());
      StaffReports staffReports =
          new StaffReports(new SqliteReportStore(database, deadlines), reporting);
      ReportChat reports = new ReportChat(reporting, database, deadlines, roles, clock);
      StaffChat staff =
          new StaffChat(
              reporting,
              roles,
              staffReports,
              new SqliteInviteStore(database),
              deadlines,
              library,
              clock);
      // stamped on the clock the outbox sender reads, so a test clock never delays a row
      SqliteOutbox outbox = new SqliteOutbox(database, Clock.systemUTC());
      DocumentChanges documents =
          started(parts, new DocumentChanges(knowledge.corpusDir(), library, indexer));
      TelegramReplies telegramReplies = new TelegramReplies();
      Broadcasts broadcasts =
          new Broadcasts(database, reporting.units(), tags, outbox, telegramReplies::pushed, clock);
      BroadcastProgress progress =
          new BroadcastProgress(
              database,
              outbox,
              telegramReplies::pushed,
              telegramReplies::edit,
              settings.broadcastProgressEvery(),
              clock);
      BroadcastChat broadcastChat =
          new BroadcastChat(broadcasts, roles, reporting.units(), database, tags, clock);
      TopicChoice topics = new TopicChoice(tags, database, subscribers, clock);
      Foreground foreground = new Foreground();
      ChatRouter chat =
          ChatAssembly.router(
              settings,
              library,
              indexer,
              stores,
              reports,
              staff,
              broadcastChat,
              topics,
              clock,
              TimeMeter.SYSTEM_NANOTIME);
      TelegramLauncher telegram =
          started(
              parts,
              TelegramLauncher.launch(
                  settings.telegram(),
                  () ->
                      TelegramBot.start(
                          settings.telegram(),
                          settings.outbox(),
                          chat,
                          database,
                          subscribers,
                          foreground)));
      List<PostRoute> webhook =
          TelegramLauncher.webhookRoute(settings.telegram(), telegram).stream().toList();
      WebServer web =
          started(
              parts,
              WebServer.start(
                  settings,
                  library,
                  indexer,
                  new TransactionalChat(new ForegroundChat(chat, foreground), database),
                  new SqliteWebSessions(database, clock),
                  webhook,
                  Optional.of(
                      new DashboardAssembly(
                              reporting,
                              database,
                              library,
                              deadlines,
                              outbox,
                              telegramReplies,
                              staffReports,
                              broadcasts,
                              documents,
                              indexer,
                              clock)
                          .staffApi())));
      started(parts, scheduledJobs(settings, timing, reporting, database))
          .add("expired broadcast drafts", broadcastChat::removeExpired);
      started(
              parts,
              new ScheduledJobs(Collections.min(List.of(BROADCAST_JOBS_EVERY, timing.jobsEvery()))))
          .add("broadcasts", broadcasts::runOnce)
          .add("broadcast progress", progress::runOnce);
      Application application = new Application(parts, indexer, web, settings.host());
      log.info("Listening on {}", application.url());
      indexer.refresh();
      return application;
    } catch (IOException | RuntimeException e) {
      closeAll(parts);
      throw e;
    }
  }

  /** Drops expired report entries and, when on, sends the reminders, every interval. */
  private static ScheduledJobs scheduledJobs(
      Settings settings, Timing timing, ReportingFiles reporting, Database database) {
    ScheduledJobs jobs = new ScheduledJobs(timing.jobsEvery());
    jobs.add(
        "expired report entries",
        new ExpiredEntries(database, REPORT_ENTRIES_KEPT, timing.clock())::removeOld);
    ReminderSettings when = settings.reminders();
    if (!when.enabled() || !settings.telegram().enabled()) {
      log.info(
          "Reminders off: {}", when.enabled() ? "Telegram is off" : "reports.reminders.enabled");
      return jobs;
    }
    Deadlines deadlines = new Deadlines(settings.deadlines());
    Reminders reminders =
        new Reminders(
            reporting,
            new SqliteReportStore(database, deadlines),
            database,
            // stamped on the clock the outbox sender reads, so a test clock never delays a row
            new SqliteOutbox(database, Clock.systemUTC()),
            new TelegramReplies()::pushed,
            deadlines,
            when,
            timing.clock());
    log.info(
        "Reminders on: {} days before each deadline and on it, from {}:00 Việt Nam time",
        when.daysBefore(),
        when.fromHour());
    return jobs.add("reminders", reminders::runOnce);
  }

  private static <T extends AutoCloseable> T started(Deque<AutoCloseable> parts, T part) {
    parts.push(part);
    return part;
  }

  /** Where the service answers, e.g. {@code http://localhost:7070}. */
  public String url() {
    return url;
  }

  public int port() {
    return web.port();
  }

  /** Every staff route the web server serves (API and dashboard pages). */
  public List<StaffRouter.Route> staffRoutes() {
    return web.staffRoutes();
  }

  /** Whether the index is being refreshed right now. */
  public boolean indexing() {
    return indexer.indexing();
  }

  /** Blocks until {@link #close} has run. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  @Override
  public synchronized void close() {
    if (stopped.getCount() == 0) {
      return;
    }
    closeAll(parts);
    stopped.countDown();
    log.info("Stopped");
  }

  /** Closes the parts newest first; a failure is logged and the rest are still closed. */
  private static void closeAll(Deque<AutoCloseable> parts) {
    while (!parts.isEmpty()) {
      AutoCloseable part = parts.pop();
      try {
        part.close();
      } catch (Exception e) {
        log.warn("Closing {} failed", part.getClass().getSimpleName(), e);
      }
    }
  }

  private static String displayHost(String host) {
    return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
  }
}
