package vn.trolycongdoan.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.answer.AskResult;

/** Asking by article, on the bundled corpus. */
class ArticleAnswersTest {

  private static final String BLLD = "laws/bo-luat-lao-dong-2019";

  @TempDir static Path data;
  private static KnowledgeBase knowledge;

  @BeforeAll
  static void open() throws Exception {
    knowledge = TestCorpus.openIndexed(data);
  }

  @AfterAll
  static void close() throws Exception {
    knowledge.close();
  }

  private static AnswerHit first(String question) {
    AskResult result = knowledge.ask(question, 5);
    assertThat(result.results()).as(question).isNotEmpty();
    return result.results().get(0);
  }

  private static String article(AnswerHit hit) {
    String[] parts = hit.section().split(" › ");
    return parts[parts.length - 1];
  }

  @Test
  void a_bare_article_number_is_the_labour_code_article() {
    for (String question : List.of("Điều 35", "dieu 35", "Đ.35")) {
      AnswerHit hit = first(question);
      assertThat(hit.docId()).as(question).isEqualTo(BLLD);
      assertThat(article(hit)).isEqualTo("Điều 35");
      assertThat(hit.clause()).isEmpty();
      assertThat(hit.answer()).contains("báo trước").contains("Ít nhất 45 ngày");
    }
  }

  @Test
  void a_bare_article_number_lists_that_article_of_the_other_laws_after() {
    List<AnswerHit> hits = knowledge.ask("Điều 35", 5).results();
    assertThat(hits).extracting(AnswerHit::docId).doesNotHaveDuplicates().contains(BLLD);
    assertThat(hits).allSatisfy(hit -> assertThat(article(hit)).isEqualTo("Điều 35"));
  }

  @Test
  void the_named_document_article_comes_first() {
    assertThat(first("điều 35 BLLĐ")).satisfies(hit -> assertThat(hit.docId()).isEqualTo(BLLD));
    AnswerHit nd = first("nghị định 145 điều 8");
    assertThat(nd.docId()).isEqualTo("laws/nghi-dinh-145-2020-nd-cp");
    assertThat(article(nd)).isEqualTo("Điều 8");
    AnswerHit union = first("Điều 29 Luật Công đoàn");
    assertThat(union.docId()).isEqualTo("laws/luat-cong-doan-2024");
    assertThat(union.answer()).contains("2% quỹ tiền lương");
    AnswerHit maternity = first("điều 139 luật lao động");
    assertThat(maternity.docId()).isEqualTo(BLLD);
    assertThat(maternity.answer()).contains("06 tháng");
  }

  @Test
  void nothing_but_the_article_quotes_it_from_its_beginning() {
    AnswerHit hit = first("Nội dung Điều 139");
    assertThat(hit.docId()).isEqualTo(BLLD);
    assertThat(article(hit)).isEqualTo("Điều 139");
    assertThat(hit.answer()).startsWith("1. Lao động nữ được nghỉ thai sản").contains("06 tháng");
    AnswerHit leave = first("Điều 113 Bộ luật Lao động");
    assertThat(article(leave)).isEqualTo("Điều 113");
    assertThat(leave.answer()).contains("12 ngày làm việc");
  }

  @Test
  void an_asked_khoan_is_quoted_and_cited_as_khoan() {
    AnswerHit hit = first("khoản 2 Điều 113 Bộ luật Lao động");
    assertThat(hit.docId()).isEqualTo(BLLD);
    assertThat(article(hit)).isEqualTo("Điều 113");
    assertThat(hit.clause()).isEqualTo("khoản 2");
    assertThat(hit.answer()).contains("chưa đủ 12 tháng");
    AnswerHit pension = first("luật bhxh điều 70 khoản 3");
    assertThat(pension.docId()).isEqualTo("laws/luat-bao-hiem-xa-hoi-2024");
    assertThat(pension.clause()).isEqualTo("khoản 3");
  }

  @Test
  void the_other_words_choose_the_khoan() {
    AnswerHit hit = first("Điều 65 nghị định 145: nghỉ ốm mấy tuần thì có bị trừ ngày phép năm");
    assertThat(article(hit)).isEqualTo("Điều 65");
    assertThat(hit.answer()).contains("ốm đau");
  }

  @Test
  void the_article_is_not_repeated_in_the_results_after_it() {
    List<AnswerHit> hits = knowledge.ask("khoản 2 Điều 113 Bộ luật Lao động", 5).results();
    assertThat(
            hits.stream()
                .filter(
                    h ->
                        h.docId().equals(BLLD)
                            && h.section().endsWith("Điều 113")
                            && h.clause().equals("khoản 2")))
        .hasSize(1);
  }

  @Test
  void an_article_the_document_lacks_says_so_with_the_range() {
    AskResult result = knowledge.ask("Điều 300 Bộ luật Lao động", 5);
    assertThat(result.results()).isEmpty();
    assertThat(result.suggestion())
        .startsWith("Bộ luật Lao động không có Điều 300 (có Điều 1 đến Điều 220).");
  }

  @Test
  void a_khoan_the_article_lacks_says_so_with_the_range() {
    AskResult result = knowledge.ask("khoản 9 Điều 35 BLLĐ", 5);
    assertThat(result.results()).isEmpty();
    assertThat(result.suggestion())
        .startsWith("Điều 35 của Bộ luật Lao động không có khoản 9 (có khoản 1 đến khoản 2).");
  }

  @Test
  void an_article_no_document_has_says_so() {
    AskResult result = knowledge.ask("Điều 900", 5);
    assertThat(result.results()).isEmpty();
    assertThat(result.suggestion()).startsWith("Không văn bản nào trợ lý đang dùng có Điều 900.");
  }

  @Test
  void a_decree_is_named_by_kind_and_number_when_it_lacks_an_article() {
    assertThat(knowledge.ask("Điều 500 nghị định 145", 5).suggestion())
        .startsWith("Nghị định 145/2020/NĐ-CP không có Điều 500");
  }

  @Test
  void ordinary_questions_are_no_article_reference() {
    AskResult conditions = knowledge.ask("điều kiện hưởng lương hưu là gì", 5);
    assertThat(conditions.suggestion()).isNull();
    assertThat(conditions.results()).isNotEmpty();
  }

  @Test
  void a_date_is_no_article_reference_the_question_is_ranked_as_any_other() {
    String question = "nghỉ việc từ ngày 01/01/2021 thì báo trước mấy ngày";
    AskResult dated = knowledge.ask(question, 5);

    assertThat(dated.results()).isEqualTo(knowledge.answerer().ask(question, 5));
    assertThat(dated.suggestion())
        .isEqualTo(dated.results().isEmpty() ? KnowledgeBase.NOT_FOUND_SUGGESTION : null);
  }

  @Test
  void an_answer_that_is_one_diem_is_cited_by_its_diem_and_khoan() {
    assertThat(ArticleAnswers.clause("2", "a) Người lao động được nghỉ 01 ngày;"))
        .isEqualTo("điểm a khoản 2");
    assertThat(ArticleAnswers.clause("2", "Người lao động được nghỉ như sau:\na) 01 ngày;"))
        .isEqualTo("khoản 2");
    assertThat(ArticleAnswers.clause("", "a) 01 ngày")).isEmpty();
    assertThat(ArticleAnswers.clause("1", "b) 40 ngày nếu dưới 15 năm;\n50 ngày nếu từ đủ 15 năm;"))
        .isEqualTo("điểm b khoản 1");
    assertThat(ArticleAnswers.clause("1", "a) 30 ngày;\nb) 40 ngày;")).isEqualTo("khoản 1");
  }
}
