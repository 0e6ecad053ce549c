package vn.trolycongdoan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitLevel;
import vn.trolycongdoan.bot.reports.units.UnitTreeReader;
import vn.trolycongdoan.bot.store.Database;

/**
 * The reports' fault test: the real service in its own JVM, in webhook mode against the fake Bot
 * API, with a reporter for every open CĐCS of the sample {@code units.csv} (a few of them for two
 * units, naming the unit) sending {@code /baocao} and pressing ✅ Xác nhận one report after another,
 * while the service is killed with SIGKILL at random moments five times and started again. A
 * confirmation counts once the webhook accepted its press (200: the update is in the inbox); every
 * fifth is pressed twice. Afterwards the SQLite file holds exactly one report for each
 * confirmation, with every value it was sent with, none partial, none doubled, nothing that was not
 * confirmed, and the current figures point at each value's latest report. The test prints every
 * count.
 */
class ReportCrashTest {

  private static final int KILLS = 5;
  private static final int TWO_UNIT_REPORTERS = 8;
  private static final int TWICE_EVERY = 5;
  private static final String SECRET = "report-fault-secret";
  private static final String CONFIRM = "bc:ok:";
  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final Pattern RECEIPT = Pattern.compile("Số biên nhận: (BC-\\d+)");

  @TempDir Path folder;

  private final Random random = new Random();

  /** Someone who reports: the chat and user id alike, and the units they report for. */
  private record Reporter(long chat, List<String> units) {}

  /**
   * A report whose ✅ Xác nhận the webhook accepted: the echo pressed, and the values sent, by
   * indicator code.
   */
  private record Confirmation(
      long chat,
      String unit,
      String draftId,
      int echoId,
      Map<String, String> values,
      boolean twice) {}

  /** A report in the SQLite file, with its values by indicator code. */
  private record StoredReport(
      String confirmationKey,
      String unit,
      String userId,
      String receipt,
      Map<String, String> values) {}

  @Test
  void every_confirmed_report_is_stored_once_and_whole_across_five_sigkills() throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      Path data = Files.createDirectories(folder.resolve("data"));
      Path corpus = ServiceProcess.smallCorpus(folder.resolve("corpus"));
      int port = ServiceProcess.freePort();
      URI hook = URI.create("http://127.0.0.1:" + port + "/telegram/webhook");
      Map<String, String> environment = ServiceProcess.environment(api);
      environment.put("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/webhook");
      environment.put("TELEGRAM_WEBHOOK_SECRET", SECRET);
      List<Reporter> reporters = reporters();
      Map<Reporter, List<String>> invites = invites(data, reporters);

      List<Confirmation> confirmed = Collections.synchronizedList(new ArrayList<>());
      List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean stop = new AtomicBoolean();
      List<ServiceProcess> started = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      try {
        started.add(start(data, corpus, port, environment, 0));
        register(api, hook, invites);
        for (Reporter reporter : reporters) {
          Thread thread =
              new Thread(
                  () -> {
                    try {
                      report(api, hook, reporter, stop, confirmed);
                    } catch (Throwable e) {
                      failures.add(e);
                    }
                  },
                  "reporter-" + reporter.chat());
          thread.setDaemon(true);
          thread.start();
          threads.add(thread);
        }
        for (int kill = 1; kill <= KILLS; kill++) {
          Thread.sleep(300 + random.nextInt(1500));
          started.get(started.size() - 1).kill();
          started.add(start(data, corpus, port, environment, kill));
        }
        Thread.sleep(1000);
        stop.set(true);
        for (Thread thread : threads) {
          thread.join(WAIT.toMillis());
        }
        assertThat(failures).isEmpty();
        Map<Confirmation, String> receipts = awaitReceipts(api, confirmed);
        started.get(started.size() - 1).stop();
        check(data, reporters, confirmed, receipts);
      } finally {
        stop.set(true);
        threads.forEach(Thread::interrupt);
        for (ServiceProcess service : started) {
          service.kill();
        }
      }
    }
  }

  /** One reporter for every CĐCS open today; the first few also report for the next unit's CĐCS. */
  private static List<Reporter> reporters() {
    List<String> units =
        UnitTreeReader.read(BundledDefaults.units().orElseThrow(), "units.csv")
            .depthFirst()
            .stream()
            .filter(unit -> unit.level() == UnitLevel.GRASSROOTS)
            .filter(unit -> unit.isOpenOn(LocalDate.now()))
            .map(OrgUnit::code)
            .toList();
    List<Reporter> reporters = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      List<String> theirs =
          i < TWO_UNIT_REPORTERS
              ? List.of(units.get(i), units.get((i + 1) % units.size()))
              : List.of(units.get(i));
      reporters.add(new Reporter(7000 + i, theirs));
    }
    return reporters;
  }

  /** An invite code for each unit of each reporter, made in the store as the CLI makes them. */
  private static Map<Reporter, List<String>> invites(Path data, List<Reporter> reporters) {
    Map<Reporter, List<String>> codes = new LinkedHashMap<>();
    try (Database database = Database.open(data.resolve("troly-congdoan.db"))) {
      SqliteInviteStore invites = new SqliteInviteStore(database);
      Instant now = Instant.now();
      for (Reporter reporter : reporters) {
        codes.put(
            reporter,
            reporter.units().stream()
                .map(
                    unit ->
                        invites
                            .create(unit, now, now.plus(Duration.ofDays(14)), "fault test")
                            .code()
                            .toString())
                .toList());
      }
    }
    return codes;
  }

  /** Each reporter sends {@code /dangky} with each of their codes and is told they may report. */
  private static void register(FakeBotApi api, URI hook, Map<Reporter, List<String>> invites)
      throws InterruptedException {
    invites.forEach(
        (reporter, codes) ->
            codes.forEach(
                code ->
                    post(
                        hook,
                        api.textUpdate(
                            reporter.chat(), reporter.chat(), name(reporter), "/dangky " + code))));
    for (Map.Entry<Reporter, List<String>> entry : invites.entrySet()) {
      List<SentMessage> replies =
          api.awaitMessages(entry.getKey().chat(), entry.getValue().size(), WAIT);
      assertThat(replies).allSatisfy(reply -> assertThat(reply.text()).contains("đã được đăng ký"));
    }
  }

  /**
   * Reports one report after another until {@code stop}: sends {@code /baocao}, waits for its echo
   * and presses ✅ Xác nhận (every fifth twice), each post tried again until the webhook takes it.
   */
  private static void report(
      FakeBotApi api, URI hook, Reporter reporter, AtomicBoolean stop, List<Confirmation> confirmed)
      throws InterruptedException {
    long chat = reporter.chat();
    Set<String> echoed = new HashSet<>();
    for (int n = 0; !stop.get(); n++) {
      String unit = reporter.units().get(n % reporter.units().size());
      Map<String, String> values = values(reporter, n);
      String text = "/baocao " + (reporter.units().size() > 1 ? unit + " " : "") + written(values);
      post(hook, api.textUpdate(chat, chat, name(reporter), text));
      SentMessage echo = awaitEcho(api, chat, echoed, text);
      assertThat(echo.text()).as(text).contains("Đơn vị: ").contains(unit);
      String data = echo.buttonData().get(0);
      boolean twice = (chat + n) % TWICE_EVERY == 0;
      List<String> presses = new ArrayList<>();
      presses.add(api.pressUpdate(chat, chat, echo.messageId(), data));
      if (twice) {
        presses.add(api.pressUpdate(chat, chat, echo.messageId(), data));
      }
      presses.forEach(press -> post(hook, press));
      confirmed.add(
          new Confirmation(
              chat, unit, data.substring(CONFIRM.length()), echo.messageId(), values, twice));
    }
  }

  /**
   * The figures of a reporter's n-th report, one to three of them, told apart from every other
   * report's by the reporter and n.
   */
  private static Map<String, String> values(Reporter reporter, int n) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("DVM", Integer.toString(n + 1));
    if (n % 3 != 2) {
      values.put("DVTONG", Long.toString(reporter.chat() * 10 + n % 10));
    }
    if (n % 3 == 0) {
      values.put("HNNLD", Integer.toString(n % 50));
    }
    return values;
  }

  /** The values as reporters write them, in three of the accepted forms. */
  private static String written(Map<String, String> values) {
    List<String> parts = new ArrayList<>();
    values.forEach(
        (code, value) ->
            parts.add(
                switch (code) {
                  case "DVM" -> "DVM=" + value;
                  case "DVTONG" -> "dvtong " + value;
                  default -> code + ": " + value;
                }));
    return String.join(", ", parts);
  }

  /** The bot's first message in the chat with a ✅ Xác nhận of a draft not seen before. */
  private static SentMessage awaitEcho(FakeBotApi api, long chat, Set<String> echoed, String text)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      List<SentMessage> messages = api.messagesIn(chat);
      for (SentMessage message : messages) {
        Optional<String> confirm =
            message.buttonData().stream().filter(data -> data.startsWith(CONFIRM)).findFirst();
        if (confirm.isPresent() && echoed.add(confirm.get())) {
          return message;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "No confirmation asked for " + text + " within " + WAIT + "; last: " + messages);
      }
      Thread.sleep(20);
    }
  }

  /** Waits until each confirmed echo shows its receipt; returns the receipt numbers shown. */
  private static Map<Confirmation, String> awaitReceipts(
      FakeBotApi api, List<Confirmation> confirmed) throws InterruptedException {
    Map<Confirmation, String> receipts = new HashMap<>();
    long deadline = System.nanoTime() + WAIT.toNanos();
    for (Confirmation confirmation : List.copyOf(confirmed)) {
      while (true) {
        String shown =
            api.messagesIn(confirmation.chat()).stream()
                .filter(message -> message.messageId() == confirmation.echoId())
                .findFirst()
                .orElseThrow()
                .text();
        Matcher receipt = RECEIPT.matcher(shown);
        if (receipt.find()) {
          receipts.put(confirmation, receipt.group(1));
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("No receipt for " + confirmation + " within " + WAIT);
        }
        Thread.sleep(20);
      }
    }
    return receipts;
  }

  private static void check(
      Path data,
      List<Reporter> reporters,
      List<Confirmation> confirmed,
      Map<Confirmation, String> receipts) {
    try (Database database = Database.open(data.resolve("troly-congdoan.db"))) {
      List<StoredReport> stored = stored(database);
      Map<String, List<StoredReport>> byKey = new HashMap<>();
      stored.forEach(
          report ->
              byKey
                  .computeIfAbsent(report.confirmationKey(), key -> new ArrayList<>())
                  .add(report));
      int missing = 0;
      int doubled = 0;
      List<String> wrong = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      for (Confirmation confirmation : confirmed) {
        keys.add(confirmation.draftId());
        List<StoredReport> found = byKey.getOrDefault(confirmation.draftId(), List.of());
        if (found.isEmpty()) {
          missing++;
          continue;
        }
        doubled += found.size() - 1;
        StoredReport report = found.get(0);
        if (!report.values().equals(confirmation.values())
            || !report.unit().equals(confirmation.unit())
            || !report.userId().equals(Long.toString(confirmation.chat()))
            || !report.receipt().equals(receipts.get(confirmation))) {
          wrong.add(confirmation + " stored as " + report);
        }
      }
      List<StoredReport> unconfirmed =
          stored.stream().filter(report -> !keys.contains(report.confirmationKey())).toList();
      int staleCurrent = count(database, STALE_CURRENT);
      int unpressedDrafts =
          count(database, "SELECT count(*) FROM report_drafts WHERE receipt IS NULL");
      int resent = count(database, "SELECT count(*) FROM outbox WHERE interrupted > 0");
      System.out.printf(
          "[report-fault] %d reporters, %d units, %d kills; %d reports confirmed (%d pressed"
              + " twice); %d stored with %d values; %d missing, %d partial or wrong, %d doubled,"
              + " %d stored without a confirmation; %d current figures not the latest; %d drafts"
              + " never confirmed (a /baocao handled again after a kill);"
              + " %d replies sent again after a kill%n",
          reporters.size(),
          reporters.stream().flatMap(reporter -> reporter.units().stream()).distinct().count(),
          KILLS,
          confirmed.size(),
          confirmed.stream().filter(Confirmation::twice).count(),
          stored.size(),
          stored.stream().mapToInt(report -> report.values().size()).sum(),
          missing,
          wrong.size(),
          doubled,
          unconfirmed.size(),
          staleCurrent,
          unpressedDrafts,
          resent);
      assertThat(confirmed).as("confirmations").hasSizeGreaterThan(reporters.size());
      assertThat(missing).as("confirmed reports missing").isZero();
      assertThat(wrong).as("reports stored partial or wrong").isEmpty();
      assertThat(doubled).as("reports stored twice").isZero();
      assertThat(unconfirmed).as("reports stored without a confirmation").isEmpty();
      assertThat(staleCurrent).as("current figures not from the latest report").isZero();
    }
  }

  /** Current figures whose report is not the latest that gave a value for their key. */
  private static final String STALE_CURRENT =
      """
      SELECT count(*) FROM report_current c
      WHERE c.submission_id <> (
              SELECT max(v.submission_id) FROM report_values v
              WHERE v.unit_code = c.unit_code AND v.period = c.period
                AND v.indicator = c.indicator)
         OR c.value <> (
              SELECT v.value FROM report_values v
              WHERE v.submission_id = c.submission_id AND v.period = c.period
                AND v.indicator = c.indicator)""";

  private static List<StoredReport> stored(Database database) {
    Map<Long, Map<String, String>> values = new HashMap<>();
    database
        .jdbc()
        .list(
            "SELECT submission_id, indicator, value FROM report_values ORDER BY position",
            row -> {
              values
                  .computeIfAbsent(row.getLong(1), id -> new LinkedHashMap<>())
                  .put(row.getString(2), row.getString(3));
              return null;
            });
    return database
        .jdbc()
        .list(
            "SELECT id, confirmation_key, unit_code, user_id, receipt FROM report_submissions",
            row ->
                new StoredReport(
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    values.getOrDefault(row.getLong(1), Map.of())));
  }

  private static int count(Database database, String sql) {
    return database.jdbc().first(sql, row -> row.getInt(1)).orElseThrow();
  }

  private ServiceProcess start(
      Path data, Path corpus, int port, Map<String, String> environment, int run) throws Exception {
    Path logs = Files.createDirectories(folder.resolve("run-" + run));
    return ServiceProcess.start(data, corpus, logs, port, environment);
  }

  private static String name(Reporter reporter) {
    return "Chủ tịch " + reporter.units().get(0);
  }

  /** Posts an update to the webhook until it answers 200, while the service is down or starting. */
  private static void post(URI hook, String json) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      try {
        if (FakeBotApi.postUpdate(hook, json, SECRET).statusCode() == 200) {
          return;
        }
      } catch (IllegalStateException down) {
        // not listening: killed, or not started yet
      }
      if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
        throw new AssertionError("The webhook did not take an update within " + WAIT);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
