package vn.trolycongdoan.bot.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.web.MemoryWebSessions;
import vn.trolycongdoan.bot.web.WebServer;
import vn.trolycongdoan.knowledge.KnowledgeBase;

/**
 * Starts the real web server on a free loopback port over a knowledge base and sends {@code
 * /api/ask} requests from a few client threads, each with one keep-alive connection ({@link
 * LoadClient}), first to warm up (for a while, then until the JIT has settled), then for a measured
 * time. Client and server share the machine's cores, so the throughput is a lower bound of what the
 * server alone would do. Traffic stays on 127.0.0.1.
 */
final class HttpLoad {

  /**
   * Requests per second and the latency of each request over the measured time, and the CPU time
   * the whole process (server and clients) spent per request then.
   */
  record Figures(double perSecond, Latencies latencies, double cpuMicrosPerRequest) {

    /**
     * The requests per second the machine's cores would serve at this CPU cost if nothing else ran
     * on them: the figure that noise from other processes on a shared machine does not lower.
     */
    double cpuBoundPerSecond() {
      return Runtime.getRuntime().availableProcessors() * 1e6 / cpuMicrosPerRequest;
    }
  }

  private final Settings settings;
  private final int clients;
  private final Duration warmUp;
  private final Duration maxWarmUp;
  private final Duration measured;
  private volatile long start;
  private volatile long deadline;

  HttpLoad(Settings settings, int clients, Duration warmUp, Duration maxWarmUp, Duration measured) {
    this.settings = settings;
    this.clients = clients;
    this.warmUp = warmUp;
    this.maxWarmUp = maxWarmUp;
    this.measured = measured;
  }

  int clients() {
    return clients;
  }

  Duration measured() {
    return measured;
  }

  /** Loads {@code /api/ask?k=5} with {@code questions}, cycled, each client starting elsewhere. */
  Figures run(KnowledgeBase base, List<String> questions) throws Exception {
    Settings loopback = settings.withHost("127.0.0.1").withPort(0);
    // Only /api/ask is loaded here; the chat is not part of this measurement.
    ChatHandler noChat = message -> ChatResponse.ignored();
    try (WebServer web =
        WebServer.start(
            loopback,
            DocumentLibrary.of(base),
            () -> false,
            noChat,
            new MemoryWebSessions(),
            List.of(),
            Optional.empty())) {
      byte[][] requests = LoadClient.requests("/api/ask?k=5&q=", questions);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      try {
        start = Long.MAX_VALUE;
        deadline = Long.MAX_VALUE;
        List<Future<Latencies>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int offset = c * requests.length / clients;
          results.add(pool.submit(() -> client(web.port(), requests, offset)));
        }
        awaitWarm();
        long cpuAtStart = processCpu();
        start = System.nanoTime();
        Thread.sleep(measured.toMillis());
        long cpu = processCpu() - cpuAtStart;
        deadline = System.nanoTime();
        Latencies all = new Latencies();
        for (Future<Latencies> result : results) {
          all.addAll(result.get());
        }
        return new Figures(
            all.count() / ((deadline - start) / 1e9), all, cpu / 1e3 / Math.max(1, all.count()));
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** Waits for the warm-up time, then until the JIT has settled or the longest warm-up is over. */
  private void awaitWarm() throws InterruptedException {
    long latest = System.nanoTime() + maxWarmUp.toNanos();
    Thread.sleep(warmUp.toMillis());
    JitWatch jit = new JitWatch();
    do {
      Thread.sleep(500);
    } while (!jit.settled() && System.nanoTime() < latest);
  }

  static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private Latencies client(int port, byte[][] requests, int offset) throws Exception {
    Latencies latencies = new Latencies();
    try (LoadClient client = new LoadClient(port)) {
      for (int i = offset; ; i++) {
        long sent = System.nanoTime();
        if (sent >= deadline) {
          return latencies;
        }
        int status = client.send(requests[i % requests.length]);
        if (status != 200) {
          throw new IllegalStateException("HTTP " + status + " for request " + i);
        }
        if (sent >= start) {
          latencies.record(System.nanoTime() - sent);
        }
      }
    }
  }
}
