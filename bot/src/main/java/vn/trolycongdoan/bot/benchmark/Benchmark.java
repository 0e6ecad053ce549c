package vn.trolycongdoan.bot.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.trolycongdoan.bot.config.OutboxSettings;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.corpus.KnowledgeSetup;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.IndexReport;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.KnowledgeConfig;

/**
 * Measures what the README promises and prints the figures beside their targets, each with PASS or
 * MISS: index build time and heap for the bundled corpus and for a scaled corpus, search latency in
 * process, and {@code /api/ask} throughput over HTTP with the answer cache off (distinct questions)
 * and on (repeated questions), Telegram updates per second from the webhook to a stored reply, and
 * report commands per second from {@code /baocao} through ✅ Xác nhận to the stored report, and the
 * outbox's bulk send rate, free and paid, with reply latency idle and during the bulk run. Works in
 * a temporary folder that is deleted afterwards; the service's own index is not touched.
 */
public final class Benchmark {

  private static final Target BUNDLED_BUILD = Target.atMost(2, "s");
  private static final Target UNCACHED_HTTP = Target.atLeast(3_000, "yêu cầu/s");
  private static final Target CACHED_HTTP = Target.atLeast(20_000, "yêu cầu/s");
  private static final Target SCALED_BUILD = Target.atMost(60, "s");
  private static final Target SCALED_HEAP = Target.atMost(512, "MB");
  private static final Target UPDATES = Target.atLeast(1_000, "cập nhật/s");
  private static final Target REPORTS = Target.atLeast(1_000, "báo cáo/s");
  private static final Target BULK_OF_CAP = Target.atLeast(98, "% giới hạn");
  private static final Target PAID_BULK = Target.atLeast(900, "tin/s");
  private static final Target REPLY_SLOWDOWN = Target.atMost(2, "× lúc rảnh");
  private static final int BULK_MESSAGES = 2_000;
  private static final Duration BULK_QUESTION_GAP = Duration.ofSeconds(1);

  /**
   * The paid run: 10,000 messages last about 10 s at 1,000/s, and a question every 200 ms (their
   * answers fit in the overall limit, which paid bulk leaves to them) gives some 40 latencies.
   */
  private static final int PAID_MESSAGES = 10_000;

  private static final Duration PAID_QUESTION_GAP = Duration.ofMillis(200);

  /** Sends in flight in the paid run: 8 reach about 850/s here, 16 the whole 1,000. */
  private static final int PAID_SENDERS = 16;

  private static final int UPDATES_WARM_UP = 2_000;
  private static final int REPORTS_WARM_UP_ROUND = 1_000;
  private static final Duration HTTP_WARM_UP = Duration.ofSeconds(3);

  /** Questions asked between checks whether the JIT has settled. */
  private static final int SEARCH_WARM_UP = 1_000;

  private static final Duration MAX_WARM_UP = Duration.ofSeconds(60);

  /**
   * What to run: size of the scaled corpus, number of in-process searches, HTTP client threads,
   * measured seconds of each HTTP run, measured Telegram updates, measured reports, and whether to
   * measure only some of the updates, the reports and the outbox's bulk send rate.
   */
  public record Options(
      int documents,
      int searches,
      int clients,
      Duration httpDuration,
      int updates,
      int reports,
      boolean updatesOnly,
      boolean reportsOnly,
      boolean bulkOnly) {}

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
          "JVM: %s, %d nhân, heap tối đa %d MB",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      boolean some = options.updatesOnly() || options.reportsOnly() || options.bulkOnly();
      if (!some || options.updatesOnly()) {
        updateThroughput(work, questions);
      }
      if (!some || options.reportsOnly()) {
        reportThroughput(work);
      }
      if (!some || options.bulkOnly()) {
        bulkSendRate(work, questions);
      }
      if (some) {
        return;
      }
      HttpLoad http =
          new HttpLoad(
              settings, options.clients(), HTTP_WARM_UP, MAX_WARM_UP, options.httpDuration());
      String load =
          String.format(
              Locale.ROOT,
              "%d luồng máy khách, mỗi luồng một kết nối giữ mở, chung %d nhân với máy chủ, đo %d s"
                  + " sau ít nhất %d s khởi động và khi JIT đã ổn định",
              http.clients(),
              Runtime.getRuntime().availableProcessors(),
              http.measured().toSeconds(),
              HTTP_WARM_UP.toSeconds());
      try (KnowledgeBase cached =
              build(
                      "kho văn bản kèm theo, lần đầu trong JVM này (lạnh), bật bộ nhớ đệm câu trả lời",
                      config,
                      config.corpusDir(),
                      work.resolve("cached-index"),
                      KnowledgeConfig.DEFAULT_ASK_CACHE_SIZE,
                      null)
                  .base();
          KnowledgeBase uncached =
              build(
                      "kho văn bản kèm theo, lần nữa (đã nóng), tắt bộ nhớ đệm câu trả lời",
                      config,
                      config.corpusDir(),
                      work.resolve("uncached-index"),
                      0,
                      BUNDLED_BUILD)
                  .base()) {
        searchLatency(uncached, questions);
        HttpLoad.Figures off = http.run(uncached, questions);
        print(
            "HTTP /api/ask, tắt bộ nhớ đệm, %d câu hỏi khác nhau, %s: %.0f yêu cầu/s, %s; CPU %.0f µs"
                + " mỗi yêu cầu (kể cả máy khách), nên ≈ %.0f yêu cầu/s khi các nhân rảnh; %s",
            questions.size(),
            load,
            off.perSecond(),
            off.latencies().summary(),
            off.cpuMicrosPerRequest(),
            off.cpuBoundPerSecond(),
            UNCACHED_HTTP.verdict(off.perSecond()));
        HttpLoad.Figures on = http.run(cached, questions);
        print(
            "HTTP /api/ask, bật bộ nhớ đệm, %d câu hỏi ấy lặp lại, %s: %.0f yêu cầu/s, %s; CPU %.0f µs"
                + " mỗi yêu cầu (kể cả máy khách), nên ≈ %.0f yêu cầu/s khi các nhân rảnh; %s",
            questions.size(),
            load,
            on.perSecond(),
            on.latencies().summary(),
            on.cpuMicrosPerRequest(),
            on.cpuBoundPerSecond(),
            CACHED_HTTP.verdict(on.perSecond()));
      }
      Path scaled = work.resolve("scaled-corpus");
      long bytes = ScaledCorpus.write(config.corpusDir(), scaled, options.documents(), 42);
      print("Kho văn bản mở rộng: %d văn bản, %.1f MB", options.documents(), bytes / 1e6);
      Built built =
          build(
              "kho văn bản mở rộng", config, scaled, work.resolve("scaled-index"), 0, SCALED_BUILD);
      built.base().close();
      print(
          "Heap cao nhất khi lập chỉ mục kho mở rộng: %d MB; %s",
          built.heapPeakMegabytes(), SCALED_HEAP.verdict(built.heapPeakMegabytes()));
    } finally {
      deleteTree(work);
    }
  }

  private void updateThroughput(Path work, List<String> questions) throws Exception {
    UpdateThroughput.Figures figures =
        new UpdateThroughput(settings, options.clients())
            .run(work.resolve("updates"), questions, UPDATES_WARM_UP, options.updates());
    print(
        "Cập nhật Telegram, từ webhook tới câu trả lời đã lưu (cả dịch vụ, %d câu hỏi của đoàn viên"
            + " lặp vòng, bộ nhớ đệm câu trả lời %s, %d luồng máy khách, sau %d lượt khởi động, %s):"
            + " %d"
            + " cập nhật, webhook nhận %.0f/s, câu trả lời lưu %.0f/s; CPU %.0f µs mỗi cập nhật (kể cả"
            + " máy khách), nên ≈ %.0f cập nhật/s khi các nhân rảnh; %s",
        questions.size(),
        settings.askCacheSize() > 0 ? "bật" : "tắt",
        options.clients(),
        figures.warmUp(),
        figures.jitSettled() ? "khi JIT đã ổn định" : "JIT vẫn chưa ổn định",
        figures.updates(),
        figures.acceptedPerSecond(),
        figures.repliedPerSecond(),
        figures.cpuMicrosPerUpdate(),
        figures.cpuBoundPerSecond(),
        UPDATES.verdict(figures.repliedPerSecond()));
  }

  private void reportThroughput(Path work) throws Exception {
    ReportThroughput.Figures figures =
        new ReportThroughput(settings, options.clients())
            .run(work.resolve("reports"), REPORTS_WARM_UP_ROUND, options.reports());
    print(
        "Báo cáo qua Telegram, từ /baocao qua tin xác nhận và nút ✅ Xác nhận tới báo cáo đã lưu (cả"
            + " dịch vụ, %d người báo cáo, mỗi người %d báo cáo hai chỉ tiêu, %d luồng máy khách, sau"
            + " %d báo cáo khởi động, %s): %d báo cáo, %.0f báo cáo/s; CPU %.0f µs mỗi báo cáo (kể"
            + " cả máy khách), nên ≈ %.0f báo cáo/s khi các nhân rảnh; %s",
        figures.reporters(),
        ReportThroughput.REPORTS_PER_REPORTER,
        options.clients(),
        figures.warmUp(),
        figures.jitSettled() ? "khi JIT đã ổn định" : "JIT vẫn chưa ổn định",
        figures.reports(),
        figures.perSecond(),
        figures.cpuMicrosPerReport(),
        figures.cpuBoundPerSecond(),
        REPORTS.verdict(figures.perSecond()));
  }

  private void bulkSendRate(Path work, List<String> questions) throws Exception {
    OutboxSettings outbox = settings.outbox();
    BulkSendRate.Figures free =
        new BulkSendRate(settings)
            .run(work.resolve("bulk"), outbox, BULK_MESSAGES, questions, BULK_QUESTION_GAP);
    printBulk("miễn phí", outbox, free, BULK_OF_CAP.verdict(free.ofCap()));
    OutboxSettings paidOutbox =
        new OutboxSettings(
            outbox.messagesPerSecond(),
            outbox.bulkMessagesPerSecond(),
            outbox.chatMessagesPerSecond(),
            outbox.groupMessagesPerMinute(),
            outbox.retryFor(),
            Math.max(outbox.senders(), PAID_SENDERS),
            true,
            LimitedBotApi.PAID_PER_SECOND);
    BulkSendRate.Figures paid =
        new BulkSendRate(settings)
            .run(
                work.resolve("bulk-paid"), paidOutbox, PAID_MESSAGES, questions, PAID_QUESTION_GAP);
    printBulk(
        "trả phí (allow_paid_broadcast)", paidOutbox, paid, PAID_BULK.verdict(paid.perSecond()));
  }

  private void printBulk(
      String mode, OutboxSettings outbox, BulkSendRate.Figures figures, String verdict) {
    double slowdown = figures.during().percentileMillis(50) / figures.idle().percentileMillis(50);
    print(
        "Phát tin hàng loạt qua outbox, %s, %,d tin tới %,d chat (cả dịch vụ, %d luồng gửi; máy chủ"
            + " giả giữ %d tin/s chung, %,d tin/s trả phí, 1 tin/s mỗi chat): %.1f tin/s = %.1f %% giới"
            + " hạn %,d tin/s, giây bận nhất %d tin, %d lần 429; %s",
        mode,
        figures.messages(),
        figures.messages(),
        outbox.senders(),
        LimitedBotApi.FREE_PER_SECOND,
        LimitedBotApi.PAID_PER_SECOND,
        figures.perSecond(),
        figures.ofCap(),
        figures.cap(),
        figures.busiestSecond(),
        figures.rateLimited(),
        verdict);
    print(
        "  Trả lời đoàn viên (webhook tới tin đầu của câu trả lời), lúc outbox rảnh: %s; trong lúc"
            + " phát: %s; p50 gấp %.2f lần lúc rảnh; %s",
        figures.idle().summary(),
        figures.during().summary(),
        slowdown,
        REPLY_SLOWDOWN.verdict(slowdown));
  }

  private record Built(KnowledgeBase base, long heapPeakMegabytes) {}

  /** Builds an index and prints its figures, with {@code target} for the seconds if not null. */
  private Built build(
      String label,
      KnowledgeConfig config,
      Path corpus,
      Path indexDir,
      int cacheSize,
      Target target)
      throws IOException {
    HeapGauge heap = HeapGauge.start();
    KnowledgeBase base =
        KnowledgeBase.open(
            new KnowledgeConfig(
                corpus,
                indexDir,
                config.synonyms(),
                config.paraphrases(),
                config.minRelevance(),
                cacheSize));
    IndexReport report = base.rebuild(IndexProgress.NONE);
    long peak = heap.peakMegabytes();
    double seconds = report.took().toMillis() / 1000.0;
    print(
        "Lập chỉ mục, %s: %d tệp, %d đoạn trong %.2f s; heap cao nhất %d MB, còn giữ sau GC %d"
            + " MB%s",
        label,
        report.files(),
        report.passages(),
        seconds,
        peak,
        heap.retainedMegabytes(),
        target == null ? "" : "; " + target.verdict(seconds));
    return new Built(base, peak);
  }

  private void searchLatency(KnowledgeBase base, List<String> questions) {
    JitWatch jit = new JitWatch();
    long warmUpEnds = System.nanoTime() + MAX_WARM_UP.toNanos();
    int warmUp = 0;
    do {
      for (int i = 0; i < SEARCH_WARM_UP; i++, warmUp++) {
        base.ask(questions.get(warmUp % questions.size()), 5);
      }
    } while (!jit.settled() && System.nanoTime() < warmUpEnds);
    Latencies latencies = new Latencies();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < options.searches(); i++) {
      long started = System.nanoTime();
      base.ask(questions.get(i % questions.size()), 5);
      latencies.record(System.nanoTime() - started);
    }
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    print(
        "Tra cứu trong tiến trình, một luồng, tắt bộ nhớ đệm (k=5, %d câu hỏi khác nhau lặp vòng, sau"
            + " %d lượt khởi động): %s; CPU %.0f µs mỗi câu hỏi",
        questions.size(), warmUp, latencies.summary(), cpu / 1e3 / options.searches());
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
