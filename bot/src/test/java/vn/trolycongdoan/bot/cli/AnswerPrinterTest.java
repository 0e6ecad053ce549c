package vn.trolycongdoan.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.bot.library.Citation;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.answer.AnswerHit.Span;
import vn.trolycongdoan.knowledge.answer.AskResult;

class AnswerPrinterTest {

  private static final String ANSWER = "Mỗi năm sửa chữa 10 nhà Mái ấm Công đoàn.";

  private final StringWriter printed = new StringWriter();

  @Test
  void prints_the_best_answer_with_matched_words_marked_then_its_citation() {
    AnswerHit best =
        hit("38/KH-LĐLĐ", "2024-03-12", "II › 2", List.of(new Span(8, 16), new Span(24, 40)));

    print(Marks.GUILLEMETS, new AskResult("q", List.of(best), null));

    assertThat(printed.toString())
        .isEqualTo(
            "Mỗi năm «sửa chữa» 10 nhà «Mái ấm Công đoàn».\n"
                + "  — Kế hoạch Mái ấm Công đoàn, số 38/KH-LĐLĐ, ngày 12/03/2024, mục II › 2\n");
  }

  @Test
  void cites_the_khoan_a_law_answer_quotes() {
    AnswerHit law =
        new AnswerHit(
            "luat.txt",
            "laws/luat",
            "Bộ luật Lao động",
            "45/2019/QH14",
            "2019-11-20",
            "Chương X › Điều 139",
            "khoản 1",
            "Điều 139",
            "…",
            "Lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng.",
            List.of(),
            1.0);

    print(Marks.GUILLEMETS, new AskResult("q", List.of(law), null));

    assertThat(printed.toString())
        .contains(
            "  — Bộ luật Lao động, số 45/2019/QH14, ngày 20/11/2019, Chương X › Điều 139, khoản 1\n");
  }

  @Test
  void marks_in_bold_on_a_terminal() {
    assertThat(printer(Marks.BOLD).marked("sửa chữa nhà", List.of(new Span(0, 8))))
        .isEqualTo("\u001B[1msửa chữa\u001B[0m nhà");
  }

  @Test
  void leaves_out_what_a_document_does_not_carry() {
    assertThat(Citation.of(hit(null, null, "", List.of()))).isEqualTo("Kế hoạch Mái ấm Công đoàn");
  }

  @Test
  void lists_the_other_hits_briefly() {
    AnswerHit other =
        new AnswerHit(
            "luat.txt",
            "laws/luat",
            "Bộ luật Lao động",
            "45/2019/QH14",
            "2019-11-20",
            "Chương VII › Điều 113",
            "",
            "Điều 113",
            "…",
            "x".repeat(300),
            List.of(),
            1.0);

    print(
        Marks.GUILLEMETS,
        new AskResult("q", List.of(hit(null, null, "I", List.of()), other), null));

    assertThat(printed.toString())
        .contains(
            "Kết quả khác:\n  2. Bộ luật Lao động, số 45/2019/QH14, ngày 20/11/2019, Chương VII › Điều 113\n     "
                + "x".repeat(160)
                + "…\n");
  }

  @Test
  void says_nothing_was_found_and_passes_on_the_suggestion() {
    print(Marks.GUILLEMETS, new AskResult("q", List.of(), "Hãy thử hỏi bằng từ khác."));

    assertThat(printed.toString())
        .isEqualTo(
            "Các văn bản đang tra cứu không có nội dung trả lời câu hỏi này.\nHãy thử hỏi bằng từ khác.\n");
  }

  @Test
  void marking_never_changes_the_words_whatever_the_spans() {
    Random random = new Random(42);
    AnswerPrinter printer = printer(Marks.GUILLEMETS);
    for (int round = 0; round < 1_000; round++) {
      List<Span> spans = new ArrayList<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        int start = random.nextInt(ANSWER.length() + 5) - 2;
        spans.add(new Span(start, start + random.nextInt(12) - 2));
      }
      String marked = printer.marked(ANSWER, spans);
      assertThat(marked.replace("«", "").replace("»", "")).as(spans.toString()).isEqualTo(ANSWER);
    }
  }

  private static AnswerHit hit(String number, String date, String section, List<Span> highlights) {
    return new AnswerHit(
        "001.txt",
        "plans/001",
        "Kế hoạch Mái ấm Công đoàn",
        number,
        date,
        section,
        "",
        "2. Nhiệm vụ",
        "…",
        ANSWER,
        highlights,
        2.0);
  }

  private void print(Marks marks, AskResult result) {
    printer(marks).print(result);
  }

  private AnswerPrinter printer(Marks marks) {
    return new AnswerPrinter(new PrintWriter(printed, true), marks);
  }
}
