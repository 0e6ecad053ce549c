package vn.trolycongdoan.bot.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.trolycongdoan.bot.app.Application;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.config.TelegramSettings;
import vn.trolycongdoan.bot.store.Database;

/**
 * Updates per second from the webhook to a stored reply: the real service in webhook mode (against
 * a {@link StubBotApi}), fed member questions as Telegram updates by a few client threads, each
 * from its own member, timed from the first {@code POST} until every update has its reply in the
 * outbox. Every step an update takes is in the figure: the webhook storing it, the chat core
 * answering it (with the answer cache as configured), the reply committed with the update's
 * handling. The process's CPU time per update (clients included) gives the rate on idle cores.
 */
final class UpdateThroughput {

  /** What was measured. */
  record Figures(
      int updates, double acceptedPerSecond, double repliedPerSecond, double cpuMicrosPerUpdate) {

    /**
     * The updates per second the machine's cores would take at this CPU cost, nothing else running.
     */
    double cpuBoundPerSecond() {
      return Runtime.getRuntime().availableProcessors() * 1e6 / cpuMicrosPerUpdate;
    }
  }

  private static final String SECRET = "benchmark-secret";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration REPLY_LIMIT = Duration.ofMinutes(5);

  private final Settings settings;
  private final int clients;

  UpdateThroughput(Settings settings, int clients) {
    this.settings = settings;
    this.clients = clients;
  }

  /** Feeds {@code warmUp} updates, then {@code updates} measured ones, in {@code dataDir}. */
  Figures run(Path dataDir, List<String> questions, int warmUp, int updates) throws Exception {
    try (StubBotApi api = StubBotApi.start()) {
      Settings bench =
          settings
              .withDataDir(dataDir)
              .withHost("127.0.0.1")
              .withPort(0)
              .withTelegram(
                  new TelegramSettings(
                      StubBotApi.TOKEN,
                      api.url(),
                      URI.create("https://bench.invalid/telegram/webhook"),
                      SECRET));
      Application application = Application.start(bench);
      try (Database database = Database.open(bench.databaseFile())) {
        while (application.indexing()) {
          Thread.sleep(100);
        }
        URI hook = URI.create("http://127.0.0.1:" + application.port() + "/telegram/webhook");
        feed(hook, questions, 0, warmUp);
        awaitReplies(database);
        long cpu = HttpLoad.processCpu();
        long started = System.nanoTime();
        feed(hook, questions, warmUp, updates);
        double accepted = updates / ((System.nanoTime() - started) / 1e9);
        awaitReplies(database);
        double replied = updates / ((System.nanoTime() - started) / 1e9);
        cpu = HttpLoad.processCpu() - cpu;
        return new Figures(updates, accepted, replied, cpu / 1e3 / updates);
      } finally {
        application.close();
      }
    }
  }

  /** Posts updates {@code first} to {@code first + count - 1} from the client threads. */
  private void feed(URI hook, List<String> questions, int first, int count) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    AtomicInteger next = new AtomicInteger(first);
    List<Thread> threads = new ArrayList<>();
    List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < clients; i++) {
      Thread thread =
          new Thread(
              () -> {
                for (int n = next.getAndIncrement();
                    n < first + count;
                    n = next.getAndIncrement()) {
                  try {
                    post(http, hook, update(n, questions.get(n % questions.size())));
                  } catch (Exception e) {
                    failures.add(e);
                    return;
                  }
                }
              },
              "bench-webhook-" + i);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  private static void post(HttpClient http, URI hook, String json)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(hook)
            .header("Content-Type", "application/json")
            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    if (status != 200) {
      throw new IOException("The webhook answered " + status);
    }
  }

  /** A member's text message as Telegram posts it; each update from a member of its own. */
  private static String update(int n, String question) {
    ObjectNode update = JSON.createObjectNode().put("update_id", n + 1);
    ObjectNode message =
        update
            .putObject("message")
            .put("message_id", n + 1)
            .put("date", 1_700_000_000)
            .put("text", question);
    long member = 100_000L + n;
    message.putObject("chat").put("id", member).put("type", "private");
    message.putObject("from").put("id", member).put("is_bot", false).put("first_name", "Đoàn viên");
    return update.toString();
  }

  /**
   * Waits until no update is pending: each handled one has its replies committed with it, and every
   * update the webhook answered 200 for is in the inbox already.
   */
  private static void awaitReplies(Database database) throws InterruptedException {
    long deadline = System.nanoTime() + REPLY_LIMIT.toNanos();
    while (pending(database) > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            pending(database) + " updates are still without a reply after " + REPLY_LIMIT);
      }
      Thread.sleep(10);
    }
  }

  private static int pending(Database database) {
    return database
        .jdbc()
        .first("SELECT count(*) FROM inbox WHERE state = 'PENDING'", row -> row.getInt(1))
        .orElse(0);
  }
}
