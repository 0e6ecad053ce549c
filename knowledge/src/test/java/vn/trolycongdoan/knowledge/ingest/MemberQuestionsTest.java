package vn.trolycongdoan.knowledge.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.ingest.MemberQuestions.Question;

class MemberQuestionsTest {

  @TempDir Path dir;

  @Test
  void finds_the_questions_file_named_after_the_document() throws IOException {
    Path law = Files.writeString(dir.resolve("luat.txt"), "text");
    Path questions = Files.writeString(dir.resolve("luat.questions.tsv"), "");

    assertThat(MemberQuestions.of(law)).contains(questions);
    assertThat(MemberQuestions.of(Files.writeString(dir.resolve("khac.txt"), "text"))).isEmpty();
  }

  @Test
  void reads_article_or_section_khoan_and_question_skipping_the_header_comments_and_blank_lines()
      throws IOException {
    String tsv =
        """
        article\tclause\tquestion
        # notice periods
        35\t1\tem muốn nghỉ việc thì báo trước mấy ngày

        139\t\tnghỉ đẻ được mấy tháng
        22\t5a\tkhám trái tuyến được trả bao nhiêu
        II › 1 › 1.6\t\tchỉ tiêu tư vấn pháp luật đến 2028
        """;

    assertThat(parse(tsv))
        .containsExactly(
            new Question("35", "1", "em muốn nghỉ việc thì báo trước mấy ngày"),
            new Question("139", "", "nghỉ đẻ được mấy tháng"),
            new Question("22", "5a", "khám trái tuyến được trả bao nhiêu"),
            new Question("II › 1 › 1.6", "", "chỉ tiêu tư vấn pháp luật đến 2028"));
  }

  @Test
  void a_malformed_line_is_named_by_file_and_line() {
    assertThatThrownBy(() -> parse("article\tclause\tquestion\n35\t1\tok\n35 nghỉ việc\n"))
        .isInstanceOf(IOException.class)
        .hasMessage("luat.questions.tsv line 3: expected 3 tab-separated fields, found 1");
    assertThatThrownBy(() -> parse("\t\tnghỉ việc báo trước\n"))
        .hasMessage("luat.questions.tsv line 1: no article or section");
    assertThatThrownBy(() -> parse("35\tkhoản 1\tnghỉ việc báo trước\n"))
        .hasMessage("luat.questions.tsv line 1: clause is not a number: khoản 1");
    assertThatThrownBy(() -> parse("35\t1\t \n"))
        .hasMessage("luat.questions.tsv line 1: no question");
  }

  @Test
  void a_document_is_indexed_again_when_its_questions_change() throws IOException {
    Path law = Files.writeString(dir.resolve("luat.txt"), "Điều 1. Nghỉ việc\nNội dung.");
    String before = DocumentParser.contentHash(law);
    Files.writeString(dir.resolve("luat.questions.tsv"), "1\t\tnghỉ ngang có sao không\n");

    assertThat(DocumentParser.contentHash(law)).isNotEqualTo(before);
    assertThat(new DocumentParser().parse(dir, law).questions())
        .containsExactly(new Question("1", "", "nghỉ ngang có sao không"));
  }

  private List<Question> parse(String tsv) throws IOException {
    return MemberQuestions.parse(dir.resolve("luat.questions.tsv"), tsv.getBytes(UTF_8));
  }
}
