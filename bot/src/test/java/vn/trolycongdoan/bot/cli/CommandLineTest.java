package vn.trolycongdoan.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.LogCapture;

/** Usage, settings errors and exit codes of the real command line; none of these open the index. */
class CommandLineTest {

  @TempDir Path data;

  @Test
  void help_is_in_vietnamese_and_lists_the_commands() {
    CommandLineRun run = CommandLineRun.of(Map.of(), "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Cách dùng: java -jar bot/target/troly-congdoan.jar",
            "serve",
            "ask",
            "index",
            "--config",
            "--data",
            "--corpus",
            "--port");
  }

  @Test
  void every_command_takes_the_shared_options() {
    CommandLineRun run = CommandLineRun.of(Map.of(), "ask", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Cách dùng: java -jar bot/target/troly-congdoan.jar ask",
            "--config",
            "--data",
            "--corpus",
            "--json",
            "-k")
        .doesNotContain("--port");
  }

  @Test
  void an_unknown_option_exits_with_2_and_a_vietnamese_message() {
    CommandLineRun run = CommandLineRun.of(Map.of(), "ask", "--bogus", "câu hỏi");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "Không hiểu tham số: --bogus",
            "Xem hướng dẫn: java -jar bot/target/troly-congdoan.jar ask --help");
  }

  @Test
  void a_data_folder_that_is_a_file_stops_start_up_with_a_vietnamese_message_naming_data_dir()
      throws IOException {
    Path file = Files.writeString(data.resolve("not-a-folder"), "x");

    for (String command : new String[] {"serve", "index"}) {
      try (LogCapture logs = LogCapture.start()) {
        CommandLineRun run = CommandLineRun.of(Map.of(), command, "--data", file.toString());

        assertThat(run.exitCode()).as(command).isEqualTo(2);
        assertThat(run.err())
            .as(command)
            .contains(
                "data.dir = \"" + file.toAbsolutePath() + "\"", "không phải thư mục", "--data")
            .doesNotContain("Exception", "\tat ");
        assertThat(logs.atLeast(Level.ERROR)).as(command).isEmpty();
      }
    }
  }

  @Test
  void a_data_folder_below_a_file_cannot_be_created_and_says_so() throws IOException {
    Path file = Files.writeString(data.resolve("plain-file"), "x");

    CommandLineRun run =
        CommandLineRun.of(Map.of(), "index", "--data", file.resolve("data").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("data.dir", "không tạo được thư mục");
  }

  @Test
  void ask_without_a_question_exits_with_2() {
    CommandLineRun run = CommandLineRun.of(Map.of(), "ask");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Thiếu CÂU_HỎI");
  }

  @Test
  void a_bad_port_stops_serving_before_it_starts_naming_key_and_value() {
    for (String[] args : new String[][] {{"--port", "abc"}, {"serve", "--port", "abc"}}) {
      CommandLineRun run = CommandLineRun.of(Map.of(), withData(args));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("Cấu hình sai: server.port = \"abc\" (cần số nguyên 1–65535)");
    }
  }

  @Test
  void a_malformed_paraphrases_file_stops_start_up_naming_the_file_and_the_line()
      throws IOException {
    Path rules = Files.writeString(data.resolve("rules.txt"), "tăng ca => làm thêm giờ\n=> chết\n");
    CommandLineRun run =
        CommandLineRun.of(Map.of("PARAPHRASES_FILE", rules.toString()), withData("index"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "Cấu hình sai: paraphrases.file",
            "tệp " + rules.toAbsolutePath() + " có quy tắc sai ở dòng 2: empty member phrase");
  }

  @Test
  void a_bad_environment_variable_is_named() {
    CommandLineRun run =
        CommandLineRun.of(Map.of("SEARCH_MIN_RELEVANCE", "cao"), withData("index"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("search.min-relevance = \"cao\"", "biến môi trường SEARCH_MIN_RELEVANCE");
  }

  @Test
  void an_unknown_key_in_the_settings_file_is_named() throws IOException {
    Path file = Files.writeString(data.resolve("settings.properties"), "server.portt = 1\n");

    CommandLineRun run = CommandLineRun.of(Map.of(), "--config", file.toString(), "ask", "câu hỏi");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("khóa \"server.portt\"");
  }

  @Test
  void ask_refuses_a_result_count_out_of_range() {
    CommandLineRun run =
        CommandLineRun.of(Map.of(), withData("ask", "-k", "0", "Mái ấm Công đoàn"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Số kết quả (tham số k) phải là số nguyên từ 1 đến 20");
  }

  private String[] withData(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return all;
  }
}
