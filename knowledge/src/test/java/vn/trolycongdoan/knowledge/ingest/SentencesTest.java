package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void ends_sentences_at_stops_before_a_capital_and_at_line_ends() {
    assertThat(
            sentences("Nghỉ 12 ngày. Nghỉ thêm 1 ngày; Người lao động được trả lương!\nDòng mới"))
        .containsExactly(
            "Nghỉ 12 ngày.", "Nghỉ thêm 1 ngày;", "Người lao động được trả lương!", "Dòng mới");
  }

  @Test
  void does_not_end_sentences_inside_numbers_labels_or_abbreviations() {
    String text = "1.1. Có 18.000 đoàn viên theo Số: 45/2019/QH14 tại TP. Hồ Chí Minh, v.v. Hết.";

    assertThat(sentences(text))
        .containsExactly(
            "1.1. Có 18.000 đoàn viên theo Số: 45/2019/QH14 tại TP. Hồ Chí Minh, v.v. Hết.");
  }

  @Test
  void does_not_end_sentences_before_a_lower_case_word() {
    assertThat(sentences("Đảm bảo quyền lợi; phối hợp giải quyết. tiếp theo")).hasSize(1);
  }

  @Test
  void ends_a_sentence_before_a_quote_or_a_number() {
    assertThat(sentences("Phát động phong trào. “Tết Sum vầy” diễn ra. 100% đoàn viên tham gia."))
        .containsExactly(
            "Phát động phong trào.", "“Tết Sum vầy” diễn ra.", "100% đoàn viên tham gia.");
  }

  @Test
  void reads_only_the_given_range_and_trims_each_sentence() {
    String text = "bỏ qua\n  Câu một.  Câu hai. \nbỏ qua";

    List<Span> spans = Sentences.in(text, new Span(7, 28));

    assertThat(spans)
        .extracting(span -> text.substring(span.start(), span.end()))
        .containsExactly("Câu một.", "Câu hai.");
  }

  @Test
  void ends_a_sentence_before_a_dash_and_a_capital() {
    assertThat(sentences("Hoàn thành kế hoạch. - Tổ chức hội nghị. – Báo cáo kết quả. - tiếp"))
        .containsExactly(
            "Hoàn thành kế hoạch.", "- Tổ chức hội nghị.", "– Báo cáo kết quả. - tiếp");
  }

  @Test
  void keeps_signature_abbreviations_with_the_title_they_open() {
    assertThat(sentences("KT. CHỦ TỊCH PHÓ CHỦ TỊCH. TM. BAN THƯỜNG VỤ"))
        .containsExactly("KT. CHỦ TỊCH PHÓ CHỦ TỊCH.", "TM. BAN THƯỜNG VỤ");
  }

  @Test
  void clauses_also_end_after_every_semicolon() {
    String text =
        "Phấn đấu 100% đoàn viên tham gia; phối hợp giải quyết 90% kiến nghị; tổ chức"
            + " hội nghị tại TP. Hồ Chí Minh.\n1.1. Mục tiêu chung\nDòng mới";

    assertThat(clauses(text))
        .containsExactly(
            "Phấn đấu 100% đoàn viên tham gia;",
            "phối hợp giải quyết 90% kiến nghị;",
            "tổ chức hội nghị tại TP. Hồ Chí Minh.",
            "1.1. Mục tiêu chung",
            "Dòng mới");
  }

  @Test
  void a_diem_of_a_law_is_one_clause_whatever_its_semicolons() {
    String text =
        "1. Người lao động được nghỉ việc riêng trong trường hợp sau đây:\n"
            + "c) Cha đẻ, mẹ đẻ; vợ hoặc chồng; con đẻ, con nuôi chết: nghỉ 03 ngày.\n"
            + "- Phối hợp tuyên truyền; vận động đoàn viên";

    assertThat(clauses(text))
        .containsExactly(
            "1. Người lao động được nghỉ việc riêng trong trường hợp sau đây:",
            "c) Cha đẻ, mẹ đẻ; vợ hoặc chồng; con đẻ, con nuôi chết: nghỉ 03 ngày.",
            "- Phối hợp tuyên truyền;",
            "vận động đoàn viên");
  }

  @Test
  void clauses_do_not_end_at_a_semicolon_inside_a_word_or_at_the_end() {
    assertThat(clauses("a;b và c;")).containsExactly("a;b và c;");
    assertThat(clauses("")).isEmpty();
    assertThat(clauses(" \n ")).isEmpty();
  }

  private static List<String> clauses(String text) {
    return Sentences.clauses(text).stream()
        .map(span -> text.substring(span.start(), span.end()))
        .toList();
  }

  private static List<String> sentences(String text) {
    return Sentences.in(text, new Span(0, text.length())).stream()
        .map(span -> text.substring(span.start(), span.end()))
        .toList();
  }
}
