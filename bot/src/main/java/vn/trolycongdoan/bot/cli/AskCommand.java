package vn.trolycongdoan.bot.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.trolycongdoan.bot.ask.AskRequest;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.corpus.KnowledgeSetup;
import vn.trolycongdoan.bot.web.ApiJson;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.answer.AskResult;

/**
 * {@code ask "câu hỏi"}: answers from the index as last committed, read-only so that it works while
 * the server runs; builds the index first if there is none.
 */
@Command(name = "ask", description = "Hỏi một câu và in câu trả lời kèm trích dẫn văn bản.")
final class AskCommand implements Callable<Integer> {

  private final RootCommand root;

  @Parameters(
      paramLabel = "CÂU_HỎI",
      arity = "1..*",
      description = "Câu hỏi, nên đặt trong dấu ngoặc kép.")
  private List<String> words;

  @Option(
      names = "-k",
      paramLabel = "N",
      description = "Số kết quả (mặc định theo search.results.default).")
  private String k;

  @Option(names = "--json", description = "In đúng JSON mà /api/ask trả về.")
  private boolean json;

  @Spec private CommandSpec spec;

  AskCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() throws Exception {
    Logging.quiet();
    Settings settings = root.settings(Map.of());
    AskRequest request = AskRequest.parse(String.join(" ", words), k, settings);
    AskResult result;
    try (KnowledgeBase base = KnowledgeSetup.openForAsking(settings)) {
      result = base.ask(request.question(), request.k());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ApiJson.mapper().writeValueAsString(result));
    } else {
      new AnswerPrinter(out, Marks.forTerminal(root.environment())).print(result);
    }
    out.flush();
    return 0;
  }
}
