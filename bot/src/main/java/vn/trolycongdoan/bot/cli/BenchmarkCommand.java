package vn.trolycongdoan.bot.cli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.trolycongdoan.bot.benchmark.Benchmark;

/**
 * {@code benchmark}: prints index build, search latency, HTTP throughput, Telegram update
 * throughput and report throughput figures.
 */
@Command(
    name = "benchmark",
    description = "Đo tốc độ lập chỉ mục, tra cứu và thông lượng /api/ask rồi in kết quả.")
final class BenchmarkCommand implements Callable<Integer> {

  private final RootCommand root;

  @Option(
      names = "--documents",
      defaultValue = "10000",
      paramLabel = "N",
      description = "Số văn bản của kho văn bản mở rộng (mặc định: ${DEFAULT-VALUE}).")
  private int documents;

  @Option(
      names = "--searches",
      defaultValue = "10000",
      paramLabel = "N",
      description = "Số câu hỏi đo độ trễ trong tiến trình (mặc định: ${DEFAULT-VALUE}).")
  private int searches;

  @Option(
      names = "--clients",
      defaultValue = "4",
      paramLabel = "N",
      description =
          "Số luồng máy khách HTTP, mỗi luồng một kết nối giữ mở (mặc định: ${DEFAULT-VALUE}).")
  private int clients;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      paramLabel = "N",
      description =
          "Thời gian đo mỗi lượt thông lượng HTTP, giây, sau ít nhất 3 giây khởi động (mặc định:"
              + " ${DEFAULT-VALUE}).")
  private int seconds;

  @Option(
      names = "--updates",
      defaultValue = "10000",
      paramLabel = "N",
      description =
          "Số cập nhật Telegram đo từ webhook đến câu trả lời đã lưu (mặc định: ${DEFAULT-VALUE}).")
  private int updates;

  @Option(
      names = "--reports",
      defaultValue = "10000",
      paramLabel = "N",
      description =
          "Số báo cáo đo từ /baocao qua nút ✅ Xác nhận đến báo cáo đã lưu (mặc định:"
              + " ${DEFAULT-VALUE}).")
  private int reports;

  @Option(
      names = "--updates-only",
      description =
          "Chỉ đo cập nhật Telegram (webhook đến câu trả lời đã lưu), bỏ qua các phép đo khác.")
  private boolean updatesOnly;

  @Option(
      names = "--reports-only",
      description =
          "Chỉ đo báo cáo qua Telegram (/baocao đến báo cáo đã lưu), bỏ qua các phép đo khác.")
  private boolean reportsOnly;

  @Option(
      names = "--bulk-only",
      description =
          "Chỉ đo tốc độ phát tin hàng loạt của outbox (miễn phí và trả phí, 2.000 tin mỗi lượt) và"
              + " độ trễ trả lời trong lúc phát, bỏ qua các phép đo khác.")
  private boolean bulkOnly;

  @Spec private CommandSpec spec;

  BenchmarkCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() throws Exception {
    if (documents < 1 || searches < 1 || clients < 1 || seconds < 1 || updates < 1 || reports < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "Các tham số --documents, --searches, --clients, --seconds, --updates, --reports phải là"
              + " số nguyên dương.");
    }
    Logging.quiet();
    var options =
        new Benchmark.Options(
            documents,
            searches,
            clients,
            Duration.ofSeconds(seconds),
            updates,
            reports,
            updatesOnly,
            reportsOnly,
            bulkOnly);
    new Benchmark(root.settings(Map.of()), options, spec.commandLine().getOut()).run();
    return 0;
  }
}
