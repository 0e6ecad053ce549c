package vn.trolycongdoan.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.BundledCorpusFiles;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.config.SettingsLoader;
import vn.trolycongdoan.bot.corpus.KnowledgeSetup;
import vn.trolycongdoan.knowledge.KnowledgeBase;

/** {@code ask} and {@code index} over the bundled corpus. Needs the knowledge implementation. */
class AskAndIndexTest {

  private static final String QUESTION = "Mỗi năm xây mới bao nhiêu nhà Mái ấm Công đoàn?";

  @TempDir Path data;

  @Test
  void ask_json_prints_the_api_json() throws Exception {
    CommandLineRun run =
        CommandLineRun.of(
            Map.of(), "--data", data.toString(), "ask", "--json", "-k", "3", QUESTION);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode body = new ObjectMapper().readTree(run.out());
    assertThat(body.fieldNames()).toIterable().containsExactly("query", "results", "suggestion");
    assertThat(body.get("results").size()).isBetween(1, 3);
    assertThat(body.get("results").get(0).get("text").asText())
        .contains("sửa chữa 10 nhà Mái ấm Công đoàn");
  }

  @Test
  void ask_prints_the_answer_with_marked_words_and_a_citation() {
    CommandLineRun run = CommandLineRun.of(Map.of(), "ask", "--data", data.toString(), QUESTION);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("«", "»", "  — ");
  }

  @Test
  void index_prints_a_summary_and_full_rebuilds() throws Exception {
    int documents = BundledCorpusFiles.documents();
    CommandLineRun first = CommandLineRun.of(Map.of(), "--data", data.toString(), "index");
    CommandLineRun again = CommandLineRun.of(Map.of(), "--data", data.toString(), "index");
    CommandLineRun full = CommandLineRun.of(Map.of(), "--data", data.toString(), "index", "--full");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("Đã lập chỉ mục " + documents + " tệp", "thêm " + documents)
        .as("no progress frames when the output is not a terminal")
        .doesNotContain("\r", "] " + documents + "/" + documents);
    assertThat(again.out()).contains("giữ nguyên " + documents);
    assertThat(full.exitCode()).as(full.err()).isZero();
    assertThat(full.out()).contains("Đã lập chỉ mục " + documents + " tệp");
  }

  @Test
  void ask_answers_while_a_running_server_holds_the_index() throws Exception {
    CommandLineRun first = CommandLineRun.of(Map.of(), "--data", data.toString(), "index");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Settings settings =
        new SettingsLoader(Map.of()).load(null, Map.of(SettingKey.DATA_DIR, data.toString()));

    try (KnowledgeBase running = KnowledgeSetup.open(settings)) {
      CommandLineRun ask =
          CommandLineRun.of(Map.of(), "--data", data.toString(), "ask", "--json", QUESTION);

      assertThat(ask.exitCode()).as(ask.err()).isZero();
      assertThat(ask.out()).contains("sửa chữa 10 nhà Mái ấm Công đoàn");
    }
  }

  @Test
  void index_says_so_when_a_running_server_holds_the_index() throws Exception {
    CommandLineRun first = CommandLineRun.of(Map.of(), "--data", data.toString(), "index");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Settings settings =
        new SettingsLoader(Map.of()).load(null, Map.of(SettingKey.DATA_DIR, data.toString()));

    try (KnowledgeBase running = KnowledgeSetup.open(settings)) {
      CommandLineRun second = CommandLineRun.of(Map.of(), "--data", data.toString(), "index");

      assertThat(second.exitCode()).isEqualTo(1);
      assertThat(second.err()).contains("Chỉ mục đang được một chương trình khác dùng", "--data");
    }
  }
}
