package vn.trolycongdoan.bot.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.trolycongdoan.bot.app.Application;
import vn.trolycongdoan.bot.chat.Channel;
import vn.trolycongdoan.bot.config.OutboxSettings;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.outbox.OutgoingMessage;
import vn.trolycongdoan.bot.outbox.Priority;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.store.Database;

/**
 * The outbox's bulk send rate and what a bulk run does to replies: the real service in webhook mode
 * against a {@link LimitedBotApi} (Telegram's limits, 429 beyond them), its outbox given one bulk
 * message to each of {@code messages} chats in one go, as a broadcast stores them. Members'
 * questions go to the webhook one after another, a given gap apart (a second when bulk is free, so
 * that their answers' messages fit in what bulk leaves of the overall limit), first with the outbox
 * idle and then while the bulk run lasts; a reply's latency is from the {@code POST} to the stub
 * accepting the first message of the answer. The achieved rate counts the bulk sends the stub
 * accepted in the whole seconds from the first one, so that it is comparable with a cap per second.
 */
final class BulkSendRate {

  /** What was measured. */
  record Figures(
      int messages,
      int cap,
      double perSecond,
      int busiestSecond,
      int rateLimited,
      Latencies idle,
      Latencies during) {

    double ofCap() {
      return 100 * perSecond / cap;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long FIRST_BULK_CHAT = 5_000_000L;
  private static final int IDLE_QUESTIONS = 20;

  /**
   * Questions answered before the idle ones are timed, so that the idle figure is not that of a JIT
   * still compiling the answer path (the first run's idle answers took twice as long as those
   * during its bulk run).
   */
  private static final int WARM_UP_QUESTIONS = 300;

  private static final int FIRST_UPDATE = 1_000_000;
  private static final Duration LIMIT = Duration.ofMinutes(10);
  private static final long SECOND = 1_000_000_000L;

  private final Settings settings;
  private int nextUpdate = FIRST_UPDATE;

  BulkSendRate(Settings settings) {
    this.settings = settings;
  }

  /**
   * Runs {@code messages} bulk sends with {@code outbox} in {@code dataDir}, a member's question
   * every {@code gap}.
   */
  Figures run(
      Path dataDir, OutboxSettings outbox, int messages, List<String> questions, Duration gap)
      throws Exception {
    try (LimitedBotApi api = LimitedBotApi.start()) {
      Settings bench =
          TelegramPosts.webhookSettings(settings, dataDir, LimitedBotApi.TOKEN, api.url())
              .withOutbox(outbox);
      Application application = Application.start(bench);
      try {
        while (application.indexing()) {
          Thread.sleep(100);
        }
        return measure(application, bench, api, outbox, messages, questions, gap);
      } finally {
        application.close();
      }
    }
  }

  /**
   * Asks, bulk-sends and asks again. The connection opens only now: Jetty closes one left idle past
   * its idle timeout, as it was while the first indexing ran on a loaded machine.
   */
  private Figures measure(
      Application application,
      Settings bench,
      LimitedBotApi api,
      OutboxSettings outbox,
      int messages,
      List<String> questions,
      Duration gap)
      throws Exception {
    try (Database database = Database.open(bench.databaseFile());
        LoadClient client = new LoadClient(application.port())) {
      Latencies idle = new Latencies();
      for (int i = 0; i < WARM_UP_QUESTIONS; i++) {
        ask(client, api, questions, Duration.ZERO);
      }
      for (int i = 0; i < IDLE_QUESTIONS; i++) {
        idle.record(ask(client, api, questions, gap));
      }
      new SqliteOutbox(database, Clock.systemUTC()).enqueue(bulk(messages));
      Latencies during = new Latencies();
      long deadline = System.nanoTime() + LIMIT.toNanos();
      while (bulkSends(api).size() < messages) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              bulkSends(api).size() + " of " + messages + " bulk messages sent in " + LIMIT);
        }
        during.record(ask(client, api, questions, gap));
      }
      List<Long> times = bulkSends(api);
      return new Figures(
          messages,
          outbox.bulkRate(),
          perWholeSecond(times),
          busiestSecond(times),
          api.rateLimited(),
          idle,
          during);
    }
  }

  /** Asks one question from a member of its own, waits for the reply, then for {@code gap}. */
  private long ask(LoadClient client, LimitedBotApi api, List<String> questions, Duration gap)
      throws IOException, InterruptedException {
    int n = nextUpdate++;
    long member = 100_000L + n;
    long started = System.nanoTime();
    int status =
        client.send(
            TelegramPosts.post(UpdateThroughput.update(n, questions.get(n % questions.size()))));
    if (status != 200) {
      throw new IOException("The webhook answered " + status);
    }
    long latency = api.awaitFirstSendTo(member, LIMIT) - started;
    Thread.sleep(gap.toMillis());
    return latency;
  }

  private static List<OutgoingMessage> bulk(int messages) throws IOException {
    List<OutgoingMessage> bulk = new ArrayList<>(messages);
    for (int i = 0; i < messages; i++) {
      String payload =
          JSON.writeValueAsString(
              Map.of("html", "<b>Tháng Công nhân</b> — tin " + i, "keyboard", List.of()));
      bulk.add(
          new OutgoingMessage(
              Channel.TELEGRAM, Long.toString(FIRST_BULK_CHAT + i), Priority.BULK, payload, null));
    }
    return bulk;
  }

  private static List<Long> bulkSends(LimitedBotApi api) {
    return api.sends().stream()
        .filter(send -> send.chatId() >= FIRST_BULK_CHAT)
        .map(LimitedBotApi.Send::nanoTime)
        .toList();
  }

  /**
   * Sends per second over the whole seconds from the first send (all of them if the run was shorter
   * than a second).
   */
  static double perWholeSecond(List<Long> times) {
    long first = times.get(0);
    long span = times.get(times.size() - 1) - first;
    long seconds = span / SECOND;
    if (seconds == 0) {
      return times.size() * (double) SECOND / Math.max(1, span);
    }
    long counted = times.stream().filter(t -> t - first < seconds * SECOND).count();
    return (double) counted / seconds;
  }

  /** The most of {@code times} (ascending) in any one second. */
  static int busiestSecond(List<Long> times) {
    int most = 0;
    int first = 0;
    for (int last = 0; last < times.size(); last++) {
      while (times.get(last) - times.get(first) >= SECOND) {
        first++;
      }
      most = Math.max(most, last - first + 1);
    }
    return most;
  }
}
