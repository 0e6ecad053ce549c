package vn.trolycongdoan.bot.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.trolycongdoan.bot.config.DataFolder;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.corpus.KnowledgeSetup;
import vn.trolycongdoan.knowledge.IndexReport;
import vn.trolycongdoan.knowledge.KnowledgeBase;

/** {@code index [--full]}: brings the index up to date with the corpus, showing progress. */
@Command(name = "index", description = "Cập nhật chỉ mục theo các văn bản đã thêm, sửa hoặc xóa.")
final class IndexCommand implements Callable<Integer> {

  private final RootCommand root;

  @Option(names = "--full", description = "Xóa chỉ mục cũ và lập lại từ đầu.")
  private boolean full;

  @Spec private CommandSpec spec;

  IndexCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() throws Exception {
    Logging.quiet();
    Settings settings = root.settings(Map.of());
    DataFolder.prepare(settings);
    PrintWriter out = spec.commandLine().getOut();
    ProgressBar progress = ProgressBar.forConsole(out);
    IndexReport report;
    try (KnowledgeBase base = KnowledgeSetup.open(settings)) {
      report = full ? base.rebuild(progress) : base.refresh(progress);
    }
    progress.finish();
    out.println(IndexSummary.of(report));
    out.flush();
    return 0;
  }
}
