package vn.trolycongdoan.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.BundledCorpusFiles;

/** {@code ask} and {@code index} over the bundled corpus. Needs the knowledge implementation. */
class AskAndIndexTest {

  private static final String QUESTION = "Mỗi năm sửa chữa bao nhiêu nhà Mái ấm Công đoàn?";

  @TempDir
  Path data;

  @Test
  void ask_json_prints_the_api_json() throws Exception {
    CommandLineRun run = CommandLineRun.of(Map.of(), "--data", data.toString(), "ask", "--json", "-k", "3", QUESTION);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode body = new ObjectMapper().readTree(run.out());
    assertThat(body.fieldNames()).toIterable().containsExactly("query", "results", "suggestion");
    assertThat(body.get("results").size()).isBetween(1, 3);
    assertThat(body.get("results").get(0).get("text").asText()).contains("sửa chữa 10 nhà Mái ấm Công đoàn");
  }

  @Test
  void ask_prints_the_answer_with_marked_words_and_a_citation() {
    CommandLineRun run = CommandLineRun.of(Map.of(), "ask", "--data", data.toString(), QUESTION);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("«", "»", "  — ");
  }

  @Test
  void index_shows_progress_then_a_summary_and_full_rebuilds() throws Exception {
    int documents = BundledCorpusFiles.documents();
    CommandLineRun first = CommandLineRun.of(Map.of(), "--data", data.toString(), "index");
    CommandLineRun again = CommandLineRun.of(Map.of(), "--data", data.toString(), "index");
    CommandLineRun full = CommandLineRun.of(Map.of(), "--data", data.toString(), "index", "--full");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("] " + documents + "/" + documents, "Đã lập chỉ mục " + documents + " tệp",
        "thêm " + documents);
    assertThat(again.out()).contains("giữ nguyên " + documents);
    assertThat(full.exitCode()).as(full.err()).isZero();
    assertThat(full.out()).contains("Đã lập chỉ mục " + documents + " tệp");
  }
}
