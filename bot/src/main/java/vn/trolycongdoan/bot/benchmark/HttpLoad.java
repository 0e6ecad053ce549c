package vn.trolycongdoan.bot.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import vn.trolycongdoan.bot.chat.ChatHandler;
import vn.trolycongdoan.bot.chat.ChatResponse;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.web.WebServer;
import vn.trolycongdoan.knowledge.KnowledgeBase;

/**
 * Starts the real web server on a free loopback port over a knowledge base and sends {@code
 * /api/ask} requests from concurrent clients for a fixed time, then reports throughput and latency.
 * Traffic stays on 127.0.0.1.
 */
final class HttpLoad {

  private final Settings settings;
  private final KnowledgeBase base;
  private final List<String> questions;
  private final int clients;
  private final Duration duration;

  HttpLoad(
      Settings settings,
      KnowledgeBase base,
      List<String> questions,
      int clients,
      Duration duration) {
    this.settings = settings;
    this.base = base;
    this.questions = questions;
    this.clients = clients;
    this.duration = duration;
  }

  /**
   * Runs the load and hands one line of figures to {@code report} (a printf-style format and its
   * args).
   */
  void run(BiConsumer<String, Object[]> report) throws Exception {
    Settings loopback = settings.withHost("127.0.0.1").withPort(0);
    // Only /api/ask is loaded here; the chat is not part of this measurement.
    ChatHandler noChat = message -> ChatResponse.ignored();
    try (WebServer web =
        WebServer.start(loopback, DocumentLibrary.of(base), () -> false, noChat, List.of())) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String base = "http://127.0.0.1:" + web.port() + "/api/ask?k=5&q=";
      long deadline = System.nanoTime() + duration.toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<Latencies>> results = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        results.add(pool.submit(() -> client(http, base, offset, deadline)));
      }
      Latencies all = new Latencies();
      for (Future<Latencies> result : results) {
        all.addAll(result.get());
      }
      pool.shutdown();
      report.accept(
          "HTTP /api/ask, %d clients for %d s: %.0f requests/s, %s",
          new Object[] {
            clients,
            duration.toSeconds(),
            all.count() / (double) duration.toSeconds(),
            all.summary()
          });
    }
  }

  private Latencies client(HttpClient http, String base, int offset, long deadline)
      throws Exception {
    Latencies latencies = new Latencies();
    for (int i = offset; System.nanoTime() < deadline; i++) {
      String question = questions.get(i % questions.size());
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(base + URLEncoder.encode(question, StandardCharsets.UTF_8)))
              .build();
      long started = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode() + " for " + question);
      }
      latencies.record(System.nanoTime() - started);
    }
    return latencies;
  }
}
