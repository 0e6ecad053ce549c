package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberQuestionHitsTest {

  private static final String QUESTIONS =
      """
      article\tclause\tquestion
      1\t2\tbà xã sanh thì chồng được off mấy bữa
      2\t\tđi làm đủ năm thì có mấy bữa phép
      9\t\tmột điều luật không có
      """;

  private TinyIndex tiny;
  private TinyIndex without;
  private PassageSearcher searcher;

  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    tiny =
        TinyIndex.of(
            dir.resolve("with"),
            Map.of(
                "laws/luat-mau.txt", Corpora.LAW,
                "laws/luat-mau.questions.tsv", QUESTIONS,
                "plans/kh12.txt", Corpora.PLAN));
    without = TinyIndex.of(dir.resolve("without"), Corpora.SMALL);
    searcher = new PassageSearcher(tiny.index, tiny.analysis, Ranking.trained());
  }

  @AfterAll
  void close() throws IOException {
    tiny.close();
    without.close();
  }

  @Test
  void a_question_in_words_the_law_never_uses_finds_the_khoan_its_member_questions_name() {
    List<Candidate> found = search("chồng được off mấy bữa khi bà xã sanh");

    Candidate khoan = only(found, "Chương I › Điều 1", "2");
    assertThat(khoan.text()).contains("05 ngày");
    assertThat(khoan.features().memberQuestions()).isEqualTo(1);
    assertThat(khoan.features().memberKhoan()).isEqualTo(1);
    assertThat(khoan.features().memberWords()).isGreaterThan(0.5);
    assertThat(found)
        .filteredOn(c -> !c.section().endsWith("Điều 1") || !c.clause().equals("2"))
        .allSatisfy(c -> assertThat(c.features().memberKhoan()).isZero());
  }

  @Test
  void a_question_for_a_whole_article_counts_for_each_of_its_passages_but_not_as_their_khoan() {
    Candidate article = only(search("mấy bữa phép khi đi làm đủ năm"), "Chương I › Điều 2", "");

    assertThat(article.features().memberQuestions()).isEqualTo(1);
    assertThat(article.features().memberKhoan()).isZero();
  }

  @Test
  void passages_of_a_document_without_member_questions_are_marked_so() {
    List<Candidate> found = search("kết nạp đoàn viên và nghỉ thai sản");

    assertThat(found)
        .filteredOn(c -> c.docId().startsWith("plans/"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.features().unwritten()).isTrue());
    assertThat(found)
        .filteredOn(c -> c.docId().startsWith("laws/"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.features().unwritten()).isFalse());
  }

  @Test
  void member_questions_are_not_passages_and_leave_the_passages_rarity_alone() throws IOException {
    assertThat(tiny.index.passageCount()).isEqualTo(without.index.passageCount());
    PassageSearcher plain = new PassageSearcher(without.index, without.analysis, Ranking.trained());
    String question = "Lao động nữ được nghỉ thai sản bao lâu?";

    assertThat(searcher.search(question, 10).termWeights())
        .isEqualTo(plain.search(question, 10).termWeights());
  }

  private List<Candidate> search(String question) {
    return searcher.search(question, 10).candidates();
  }

  private static Candidate only(List<Candidate> found, String section, String clause) {
    List<Candidate> matching =
        found.stream()
            .filter(c -> c.section().equals(section) && c.clause().equals(clause))
            .toList();
    assertThat(matching).as("%s %s among %s", section, clause, found).hasSize(1);
    return matching.get(0);
  }
}
