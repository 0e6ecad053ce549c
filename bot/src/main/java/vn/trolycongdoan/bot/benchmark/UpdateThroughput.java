package vn.trolycongdoan.bot.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.trolycongdoan.bot.app.Application;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.store.Database;

/**
 * Updates per second from the webhook to a stored reply: the real service in webhook mode (against
 * a {@link StubBotApi}), fed member questions as Telegram updates by a few client threads, each
 * from its own member, timed from the first {@code POST} until every update has its reply in the
 * outbox. Every step an update takes is in the figure: the webhook storing it, the chat core
 * answering it (with the answer cache as configured), the reply committed with the update's
 * handling. The process's CPU time per update (clients included) gives the rate on idle cores.
 *
 * <p>Measuring starts once the JIT compilers are quiet ({@link JitWatch}): warm-up rounds go on
 * until one passes with hardly any compiling, or until {@value #MAX_WARM_UP_ROUNDS} rounds. On the
 * 2-core machine a compiler thread stays busy for the first 30,000–60,000 updates, a third of the
 * process's CPU: a cost of the first minute after a start, not of each update.
 */
final class UpdateThroughput {

  /** What was measured. */
  record Figures(
      int warmUp,
      boolean jitSettled,
      int updates,
      double acceptedPerSecond,
      double repliedPerSecond,
      double cpuMicrosPerUpdate) {

    /**
     * The updates per second the machine's cores would take at this CPU cost, nothing else running.
     */
    double cpuBoundPerSecond() {
      return Runtime.getRuntime().availableProcessors() * 1e6 / cpuMicrosPerUpdate;
    }
  }

  private static final int MAX_WARM_UP_ROUNDS = 50;

  private final Settings settings;
  private final int clients;

  UpdateThroughput(Settings settings, int clients) {
    this.settings = settings;
    this.clients = clients;
  }

  /**
   * Feeds rounds of {@code warmUpRound} updates until the JIT compilers are quiet, then {@code
   * updates} measured ones, in {@code dataDir}.
   */
  Figures run(Path dataDir, List<String> questions, int warmUpRound, int updates) throws Exception {
    try (StubBotApi api = StubBotApi.start()) {
      Settings bench =
          TelegramPosts.webhookSettings(settings, dataDir, StubBotApi.TOKEN, api.url());
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
                first -> {
                  feed(port, questions, first, warmUpRound);
                  TelegramPosts.awaitHandled(database);
                });
        long cpu = HttpLoad.processCpu();
        long started = System.nanoTime();
        feed(port, questions, warmUp.items(), updates);
        double accepted = updates / ((System.nanoTime() - started) / 1e9);
        TelegramPosts.awaitHandled(database);
        double replied = updates / ((System.nanoTime() - started) / 1e9);
        cpu = HttpLoad.processCpu() - cpu;
        return new Figures(
            warmUp.items(), warmUp.jitSettled(), updates, accepted, replied, cpu / 1e3 / updates);
      } finally {
        application.close();
      }
    }
  }

  /**
   * Posts updates {@code first} to {@code first + count - 1} from the client threads, each on one
   * keep-alive connection ({@link LoadClient}).
   */
  private void feed(int port, List<String> questions, int first, int count) throws Exception {
    AtomicInteger next = new AtomicInteger(first);
    List<Thread> threads = new ArrayList<>();
    List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < clients; i++) {
      Thread thread =
          new Thread(
              () -> {
                try (LoadClient client = new LoadClient(port)) {
                  for (int n = next.getAndIncrement();
                      n < first + count;
                      n = next.getAndIncrement()) {
                    int status =
                        client.send(
                            TelegramPosts.post(update(n, questions.get(n % questions.size()))));
                    if (status != 200) {
                      throw new IOException("The webhook answered " + status);
                    }
                  }
                } catch (Exception e) {
                  failures.add(e);
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

  /** A member's text message as Telegram posts it; each update from a member of its own. */
  static String update(int n, String question) {
    return TelegramPosts.message(n + 1, 100_000L + n, question);
  }
}
