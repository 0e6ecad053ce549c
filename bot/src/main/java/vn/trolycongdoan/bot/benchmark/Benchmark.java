package vn.trolycongdoan.bot.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.corpus.KnowledgeSetup;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.IndexReport;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.KnowledgeConfig;

/**
 * Measures what the README promises and prints the figures: index build time and heap for the
 * bundled corpus and for a scaled corpus, search latency in process, and {@code /api/ask}
 * throughput over HTTP. Works in a temporary folder that is deleted afterwards; the service's own
 * index is not touched.
 */
public final class Benchmark {

  /**
   * What to run: size of the scaled corpus, number of in-process searches, HTTP clients and
   * duration.
   */
  public record Options(int documents, int searches, int clients, Duration httpDuration) {}

  private final Settings settings;
  private final Options options;
  private final PrintWriter out;

  public Benchmark(Settings settings, Options options, PrintWriter out) {
    this.settings = settings;
    this.options = options;
    this.out = out;
  }

  public void run() throws Exception {
    KnowledgeConfig config = KnowledgeSetup.config(settings);
    List<String> questions = questions();
    Path work = Files.createTempDirectory("troly-benchmark");
    try {
      print(
          "JVM: %s, %d cores, max heap %d MB",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      build(
              "bundled corpus, first in this JVM (cold)",
              config,
              config.corpusDir(),
              work.resolve("cold-index"))
          .close();
      try (KnowledgeBase bundled =
          build(
              "bundled corpus, again (warm)",
              config,
              config.corpusDir(),
              work.resolve("bundled-index"))) {
        searchLatency(bundled, questions);
        new HttpLoad(settings, bundled, questions, options.clients(), options.httpDuration())
            .run(this::print);
      }
      Path scaled = work.resolve("scaled-corpus");
      long bytes = ScaledCorpus.write(config.corpusDir(), scaled, options.documents(), 42);
      print("Scaled corpus: %d documents, %.1f MB", options.documents(), bytes / 1e6);
      build("scaled corpus", config, scaled, work.resolve("scaled-index")).close();
    } finally {
      deleteTree(work);
    }
  }

  private KnowledgeBase build(String label, KnowledgeConfig config, Path corpus, Path indexDir)
      throws IOException {
    HeapGauge heap = HeapGauge.start();
    KnowledgeBase base =
        KnowledgeBase.open(
            new KnowledgeConfig(
                corpus, indexDir, config.synonyms(), config.paraphrases(), config.minRelevance()));
    IndexReport report = base.rebuild(IndexProgress.NONE);
    print(
        "Index build, %s: %d files, %d passages in %.2f s; heap peak %d MB, retained after GC %d MB",
        label,
        report.files(),
        report.passages(),
        report.took().toMillis() / 1000.0,
        heap.peakMegabytes(),
        heap.retainedMegabytes());
    return base;
  }

  private void searchLatency(KnowledgeBase base, List<String> questions) {
    for (int i = 0; i < Math.min(2000, options.searches()); i++) {
      base.ask(questions.get(i % questions.size()), 5);
    }
    Latencies latencies = new Latencies();
    for (int i = 0; i < options.searches(); i++) {
      long started = System.nanoTime();
      base.ask(questions.get(i % questions.size()), 5);
      latencies.record(System.nanoTime() - started);
    }
    print(
        "Search in process (k=5, %d questions cycled): %s", questions.size(), latencies.summary());
  }

  private void print(String format, Object... args) {
    out.printf(Locale.ROOT, format + "%n", args);
    out.flush();
  }

  private static List<String> questions() throws IOException {
    try (InputStream in = Benchmark.class.getResourceAsStream("/benchmark/questions.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
