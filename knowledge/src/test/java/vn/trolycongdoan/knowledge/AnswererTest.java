package vn.trolycongdoan.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.analysis.Paraphrases;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.answer.AnswerExtractor;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.index.CorpusIndexer;
import vn.trolycongdoan.knowledge.index.IndexFields;
import vn.trolycongdoan.knowledge.index.PassageIndex;
import vn.trolycongdoan.knowledge.search.Confidence;
import vn.trolycongdoan.knowledge.search.PassageSearcher;
import vn.trolycongdoan.knowledge.search.QuestionDomain;
import vn.trolycongdoan.knowledge.search.Ranking;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswererTest {

  private static final String LAW =
      """
      LUẬT
      MẪU VỀ LAO ĐỘNG

      Điều 1. Nghỉ thai sản
      1. Lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng.
      2. Lao động nam có vợ sinh con được nghỉ 05 ngày làm việc.

      Điều 2. Làm thêm giờ
      Người lao động làm thêm giờ vào ngày thường được trả lương ít nhất bằng 150%.
      """;

  private static final String PLAN =
      """
      LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU
      Số: 12/KH-LĐLĐ
      Lai Châu, ngày 05 tháng 01 năm 2025

      KẾ HOẠCH
      Phát triển đoàn viên năm 2025

      I. CHỈ TIÊU
      1. Năm 2025 kết nạp 500 đoàn viên mới.

      TM. BAN THƯỜNG VỤ
      CHỦ TỊCH
      Nguyễn Văn An
      """;

  private static final Ranking RANKING = Ranking.trained();

  private VietnameseAnalysis analysis;
  private PassageIndex index;

  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("luat.txt"), LAW, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("kh12.txt"), PLAN, StandardCharsets.UTF_8);
    analysis = VietnameseAnalysis.create("");
    index = PassageIndex.open(dir.resolve("index"), IndexFields.indexAnalyzer(analysis));
    new CorpusIndexer(index, corpus).refresh(false, IndexProgress.NONE);
  }

  @AfterAll
  void close() throws IOException {
    index.close();
    analysis.close();
  }

  @Test
  void answers_with_the_passage_and_the_sentence_that_hold_the_question() {
    List<AnswerHit> hits = answerer(Paraphrases.none(), 0.5).ask("lao động nữ nghỉ thai sản", 3);

    assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(hits.get(0).clause()).isEqualTo("khoản 1");
    assertThat(hits.get(0).answer()).contains("06 tháng");
    assertThat(hits.get(0).file()).isEqualTo("luat.txt");
  }

  @Test
  void ranks_by_the_final_score_best_first() {
    List<Answerer.Answered> ranked =
        answerer(Paraphrases.none(), 0.5).ranked("người lao động được nghỉ", 8);

    assertThat(ranked)
        .isNotEmpty()
        .isSortedAccordingTo(Comparator.comparingDouble(Answerer.Answered::score).reversed())
        .allSatisfy(
            a ->
                assertThat(a.score())
                    .isEqualTo(
                        RANKING.score(
                            a.candidate().features(),
                            a.extract().concentration(),
                            a.lengthFit(),
                            a.figureFit())));
  }

  @Test
  void refuses_when_even_the_best_answer_is_not_confident_enough() {
    String question = "lao động nữ nghỉ thai sản khi đi xe máy về quê ăn tết";

    assertThat(answerer(Paraphrases.none(), 0.9).ask(question, 5)).isEmpty();
    assertThat(answerer(Paraphrases.none(), 0.01).ask(question, 5)).isNotEmpty();
  }

  @Test
  void never_shows_a_passage_twice_nor_more_than_asked() {
    List<AnswerHit> hits = answerer(Paraphrases.none(), 0.0).ask("lao động", 20);

    assertThat(hits)
        .extracting(h -> h.docId() + "|" + h.section() + "|" + h.answer())
        .doesNotHaveDuplicates();
    assertThat(answerer(Paraphrases.none(), 0.0).ask("lao động", 1)).hasSize(1);
  }

  @Test
  void member_words_are_searched_in_legal_words_too() {
    String question = "tăng ca ngày thường được trả bao nhiêu";
    Paraphrases rules = Paraphrases.parse("tăng ca => làm thêm giờ\n");

    assertThat(answerer(Paraphrases.none(), 0.5).ask(question, 1)).isEmpty();
    assertThat(answerer(rules, 0.5).ask(question, 1))
        .singleElement()
        .satisfies(hit -> assertThat(hit.answer()).contains("150%"));
  }

  @Test
  void the_signature_is_the_answer_to_who_signed() {
    AnswerHit first =
        answerer(Paraphrases.none(), 0.5).ask("Kế hoạch 12/KH-LĐLĐ do ai ký?", 1).get(0);

    assertThat(first.answer()).contains("Nguyễn Văn An");
  }

  @Test
  void an_answer_holding_the_role_asked_for_or_every_word_of_the_question_is_always_confident() {
    assertThat(answerer(Paraphrases.none(), 1.0).ask("Kế hoạch 12/KH-LĐLĐ do ai ký?", 1))
        .singleElement()
        .satisfies(hit -> assertThat(hit.answer()).contains("Nguyễn Văn An"));
    assertThat(answerer(Paraphrases.none(), 1.0).ask("lao động nữ nghỉ thai sản", 1))
        .singleElement()
        .satisfies(hit -> assertThat(hit.answer()).contains("06 tháng"));
    assertThat(answerer(Paraphrases.none(), 1.0).ask("lao động nữ nghỉ thai sản ở Nhật", 1))
        .isEmpty();
  }

  @Test
  void a_percentage_asked_for_is_not_enough_when_the_passage_holds_few_of_the_words() {
    String question = "Thưởng Tết ngày thường ở công ty là bao nhiêu phần trăm?";

    assertThat(answerer(Paraphrases.none(), 0.0).ask(question, 1))
        .singleElement()
        .satisfies(hit -> assertThat(hit.answer()).contains("150%"));
    assertThat(answerer(Paraphrases.none(), 1.0).ask(question, 1)).isEmpty();
  }

  private Answerer answerer(Paraphrases paraphrases, double minConfidence) {
    return new Answerer(
        index,
        new PassageSearcher(index, analysis, RANKING),
        paraphrases,
        new AnswerExtractor(analysis.folded()),
        RANKING,
        Confidence.trained(),
        QuestionDomain.trained(),
        minConfidence);
  }
}
