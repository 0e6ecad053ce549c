package vn.trolycongdoan.bot.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.trolycongdoan.bot.app.Application;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.reports.ReportingSetup;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitLevel;
import vn.trolycongdoan.bot.store.Database;

/**
 * Report commands per second end to end: the real service in webhook mode (against a {@link
 * StubBotApi}), with reporters of the configured CĐCS registered beforehand through {@code
 * /dangky}. Each report is a {@code /baocao} update posted to the webhook; as soon as its
 * confirmation reply (the echo with ✅ Xác nhận) is committed to the outbox, the reporter's press of
 * Xác nhận is posted, ahead of the {@code /baocao} updates still waiting. The figure is timed from
 * the first {@code POST} until every report's receipt reply is committed (with the press's
 * handling, after the report was stored); the stored reports are counted once at the end. The
 * service's own outbox keeps sending to the stub meanwhile, at its configured pace. Each reporter
 * sends a few reports, well under the chat's flood limit.
 *
 * <p>Measuring starts once the JIT compilers are quiet ({@link JitWatch}): warm-up rounds go on
 * until one passes with hardly any compiling, or until {@value #MAX_WARM_UP_ROUNDS} rounds.
 */
final class ReportThroughput {

  /** What was measured. */
  record Figures(
      int warmUp,
      boolean jitSettled,
      int reports,
      int reporters,
      double perSecond,
      double cpuMicrosPerReport) {

    /**
     * The reports per second the machine's cores would take at this CPU cost, nothing else running.
     */
    double cpuBoundPerSecond() {
      return Runtime.getRuntime().availableProcessors() * 1e6 / cpuMicrosPerReport;
    }
  }

  /** Reports per reporter: with {@code /dangky} 9 messages, under the default 20 a minute. */
  static final int REPORTS_PER_REPORTER = 4;

  private static final Pattern CONFIRM = Pattern.compile("bc:ok:[0-9a-f]+");
  private static final Pattern RECEIPT = Pattern.compile("BC-\\d+");
  private static final Duration LIMIT = Duration.ofMinutes(5);
  private static final int MAX_WARM_UP_ROUNDS = 30;

  private final Settings settings;
  private final int clients;
  private final AtomicInteger updateIds = new AtomicInteger();
  private final AtomicInteger reporterIds = new AtomicInteger();

  ReportThroughput(Settings settings, int clients) {
    this.settings = settings;
    this.clients = clients;
  }

  /**
   * Runs rounds of {@code warmUpRound} reports until the JIT compilers are quiet, then {@code
   * reports} measured ones, in {@code dataDir}.
   */
  Figures run(Path dataDir, int warmUpRound, int reports) throws Exception {
    try (StubBotApi api = StubBotApi.start()) {
      Settings bench =
          TelegramPosts.webhookSettings(settings, dataDir, StubBotApi.TOKEN, api.url());
      List<String> units =
          ReportingSetup.load(bench).units().depthFirst().stream()
              .filter(unit -> unit.level() == UnitLevel.GRASSROOTS)
              .filter(unit -> unit.isOpenOn(LocalDate.now()))
              .map(OrgUnit::code)
              .toList();
      Application application = Application.start(bench);
      try (Database database = Database.open(bench.databaseFile())) {
        while (application.indexing()) {
          Thread.sleep(100);
        }
        int port = application.port();
        JitWatch.WarmUp warmUp =
            JitWatch.warmUp(
                warmUpRound,
                MAX_WARM_UP_ROUNDS,
                first ->
                    report(
                        port,
                        database,
                        register(port, database, units, reporters(warmUpRound)),
                        warmUpRound));
        List<Long> measured = register(port, database, units, reporters(reports));
        long cpu = HttpLoad.processCpu();
        long started = System.nanoTime();
        report(port, database, measured, reports);
        double seconds = (System.nanoTime() - started) / 1e9;
        cpu = HttpLoad.processCpu() - cpu;
        return new Figures(
            warmUp.items(),
            warmUp.jitSettled(),
            reports,
            measured.size(),
            reports / seconds,
            cpu / 1e3 / reports);
      } finally {
        application.close();
      }
    }
  }

  private static int reporters(int reports) {
    return (reports + REPORTS_PER_REPORTER - 1) / REPORTS_PER_REPORTER;
  }

  /** New reporters, each bound to a CĐCS in turn by an invite and {@code /dangky}. */
  private List<Long> register(int port, Database database, List<String> units, int count)
      throws Exception {
    SqliteInviteStore invites = new SqliteInviteStore(database);
    Instant now = Instant.now();
    List<Long> reporters = new ArrayList<>();
    BlockingDeque<byte[]> posts = new LinkedBlockingDeque<>();
    for (int i = 0; i < count; i++) {
      long reporter = 500_000L + reporterIds.incrementAndGet();
      String code =
          invites
              .create(units.get(i % units.size()), now, now.plus(Duration.ofDays(1)), "benchmark")
              .code()
              .toString();
      posts.add(
          TelegramPosts.post(
              TelegramPosts.message(updateIds.incrementAndGet(), reporter, "/dangky " + code)));
      reporters.add(reporter);
    }
    try (Clients sending = new Clients(port, posts)) {
      sending.awaitSent();
    }
    TelegramPosts.awaitHandled(database);
    return reporters;
  }

  /**
   * Posts {@code count} {@code /baocao} updates, the reporters in turn, and for each confirmation
   * reply committed to the outbox the press of its ✅ Xác nhận; returns once every report's receipt
   * reply is committed (with the press's handling, after the report was stored).
   */
  private void report(int port, Database database, List<Long> reporters, int count)
      throws Exception {
    long outboxSeen = lastId(database, "outbox");
    long submissionsBefore = lastId(database, "report_submissions");
    BlockingDeque<byte[]> posts = new LinkedBlockingDeque<>();
    for (int i = 0; i < count; i++) {
      posts.add(
          TelegramPosts.post(
              TelegramPosts.message(
                  updateIds.incrementAndGet(), reporters.get(i % reporters.size()), command(i))));
    }
    long deadline = System.nanoTime() + LIMIT.toNanos();
    try (Clients sending = new Clients(port, posts)) {
      int pressed = 0;
      int receipts = 0;
      while (receipts < count) {
        List<Reply> replies =
            database
                .jdbc()
                .list(
                    "SELECT id, chat_id, payload FROM outbox WHERE id > ? ORDER BY id",
                    row -> new Reply(row.getLong(1), row.getLong(2), row.getString(3)),
                    outboxSeen);
        for (Reply reply : replies) {
          outboxSeen = reply.id();
          Matcher confirm = CONFIRM.matcher(reply.payload());
          if (confirm.find()) {
            posts.addFirst(
                TelegramPosts.post(
                    TelegramPosts.press(
                        updateIds.incrementAndGet(), reply.chat(), reply.id(), confirm.group())));
            pressed++;
          } else if (RECEIPT.matcher(reply.payload()).find()) {
            receipts++;
          }
        }
        sending.check();
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "After "
                  + LIMIT
                  + " only "
                  + receipts
                  + " of "
                  + count
                  + " reports have their receipt ("
                  + pressed
                  + " confirmations pressed)");
        }
        if (replies.isEmpty()) {
          Thread.sleep(1);
        }
      }
    }
    int stored = stored(database, submissionsBefore);
    if (stored != count) {
      throw new IllegalStateException(
          count + " reports got a receipt but " + stored + " are stored");
    }
  }

  /** The i-th report's text: two figures, in two of the forms reporters write. */
  private static String command(int i) {
    int newMembers = i % 500 + 1;
    int members = 100 + i % 5000;
    return i % 2 == 0
        ? "/baocao đoàn viên mới " + newMembers + ", DVTONG=" + members
        : "/baocao DVM=" + newMembers + " tổng số đoàn viên " + members;
  }

  private static int stored(Database database, long after) {
    return database
        .jdbc()
        .first("SELECT count(*) FROM report_submissions WHERE id > ?", row -> row.getInt(1), after)
        .orElse(0);
  }

  private static long lastId(Database database, String table) {
    return database
        .jdbc()
        .first("SELECT coalesce(max(id), 0) FROM " + table, row -> row.getLong(1))
        .orElse(0L);
  }

  /** A reply committed to the outbox: its row, the chat it goes to, and its payload. */
  private record Reply(long id, long chat, String payload) {}

  /**
   * Client threads, each on one keep-alive connection ({@link LoadClient}), posting what is put in
   * the deque, from its head, until closed.
   */
  private final class Clients implements AutoCloseable {

    private final BlockingDeque<byte[]> posts;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    Clients(int port, BlockingDeque<byte[]> posts) {
      this.posts = posts;
      for (int i = 0; i < clients; i++) {
        Thread thread = new Thread(() -> send(port), "bench-reports-" + i);
        thread.start();
        threads.add(thread);
      }
    }

    private void send(int port) {
      try (LoadClient client = new LoadClient(port)) {
        while (true) {
          byte[] post = posts.poll(1, TimeUnit.MILLISECONDS);
          if (post == null) {
            if (closing.get()) {
              return;
            }
            continue;
          }
          int status = client.send(post);
          if (status != 200) {
            throw new IOException("The webhook answered " + status);
          }
        }
      } catch (Exception e) {
        failures.add(e);
      }
    }

    /** Waits until the queue is empty and every post is answered. */
    void awaitSent() throws Exception {
      close();
      check();
    }

    /** Throws the first failure of a client, if any. */
    void check() throws Exception {
      if (!failures.isEmpty()) {
        throw failures.get(0);
      }
    }

    @Override
    public void close() throws InterruptedException {
      closing.set(true);
      for (Thread thread : threads) {
        thread.join();
      }
    }
  }
}
