package vn.trolycongdoan.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.IndexReport;
import vn.trolycongdoan.knowledge.IndexReport.Reason;
import vn.trolycongdoan.knowledge.IndexReport.SkippedFile;

class ProgressBarTest {

  @Test
  void fills_the_bar_in_proportion_and_names_the_file() {
    assertThat(ProgressBar.line(3, 6, "plans/002.txt"))
        .startsWith("[" + "#".repeat(15) + "·".repeat(15) + "] 3/6 plans/002.txt");
  }

  @Test
  void keeps_the_end_of_a_long_file_name_at_a_fixed_width() {
    String line = ProgressBar.line(1, 1, "a/".repeat(40) + "ket-thuc.txt");

    assertThat(line).endsWith("ket-thuc.txt").contains("…");
    assertThat(line).hasSameSizeAs(ProgressBar.line(1, 1, "x"));
  }

  @Test
  void redraws_one_line_and_ends_it_when_finished() {
    StringWriter printed = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(printed), true);

    bar.fileDone(1, 2, "a.txt");
    bar.fileDone(2, 2, "b.txt");
    bar.finish();

    assertThat(printed.toString())
        .startsWith("\r[")
        .contains("\r[" + "#".repeat(30))
        .endsWith("\n")
        .doesNotContain("\n\r");
  }

  @Test
  void draws_no_frames_when_the_output_is_not_a_terminal() {
    StringWriter printed = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(printed), false);

    bar.fileDone(1, 2, "plans/a.txt");
    bar.fileDone(2, 2, "plans/b.txt");
    bar.finish();

    assertThat(printed.toString()).isEmpty();
  }

  @Test
  void prints_nothing_when_there_was_nothing_to_index() {
    StringWriter printed = new StringWriter();

    new ProgressBar(new PrintWriter(printed), true).finish();

    assertThat(printed.toString()).isEmpty();
  }

  @Test
  void summary_counts_every_outcome_in_vietnamese() {
    IndexReport report =
        new IndexReport(7, 2, 1, 1, 3, List.of(), List.of(), 412, Duration.ofMillis(1500));

    assertThat(IndexSummary.of(report))
        .isEqualTo(
            "Đã lập chỉ mục 7 tệp trong 1,5 giây: thêm 2, cập nhật 1, "
                + "xóa 1, giữ nguyên 3, bỏ qua 0, lỗi 0. Chỉ mục có 412 đoạn văn.");
  }

  @Test
  void summary_names_files_without_text_and_broken_files() {
    IndexReport report =
        new IndexReport(
            4,
            1,
            0,
            0,
            0,
            List.of(
                new SkippedFile("plans/empty.txt", Reason.EMPTY_FILE, ""),
                new SkippedFile("plans/scan.pdf", Reason.NO_TEXT_LAYER, "")),
            List.of(new SkippedFile("laws/broken.docx", Reason.BROKEN, "not a zip")),
            12,
            Duration.ofMillis(200));

    assertThat(IndexSummary.of(report).lines())
        .containsExactly(
            "Đã lập chỉ mục 4 tệp trong 0,2 giây: thêm 1, cập nhật 0, "
                + "xóa 0, giữ nguyên 0, bỏ qua 2, lỗi 1. Chỉ mục có 12 đoạn văn.",
            "Bỏ qua (tệp rỗng, không có chữ): plans/empty.txt",
            "Bỏ qua (không có chữ, có thể là bản quét): plans/scan.pdf",
            "Lỗi (không đọc được tệp, chi tiết trong nhật ký): laws/broken.docx");
  }
}
