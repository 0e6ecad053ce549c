package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.index.PassageRole;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PassageSearcherTest {

  private static final Ranking RANKING = Ranking.trained();

  private TinyIndex tiny;
  private PassageSearcher searcher;

  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    tiny = TinyIndex.of(dir, Corpora.SMALL);
    searcher = new PassageSearcher(tiny.index, tiny.analysis, RANKING);
  }

  @AfterAll
  void close() throws IOException {
    tiny.close();
  }

  @Test
  void a_passage_holding_all_the_words_comes_first_with_full_coverage() {
    Candidate first = first("Lao động nữ được nghỉ thai sản bao lâu?");

    assertThat(first.docId()).isEqualTo("laws/luat-mau");
    assertThat(first.section()).isEqualTo("Chương I › Điều 1");
    assertThat(first.clause()).isEqualTo("1");
    assertThat(first.text()).contains("06 tháng");
    Features f = first.features();
    assertThat(f.words()).isCloseTo(1, within(1e-9));
    assertThat(f.bigrams()).isCloseTo(1, within(1e-9));
    assertThat(f.articleWords()).isCloseTo(1, within(1e-9));
    assertThat(f.bm25()).isPositive();
    assertThat(f.specialCase() || f.asked() || f.otherYear()).isFalse();
  }

  @Test
  void a_khoan_is_measured_against_its_whole_article_too() {
    Candidate other =
        search("lao động nữ nghỉ thai sản").stream()
            .filter(c -> c.clause().equals("2"))
            .findFirst()
            .orElseThrow();

    assertThat(other.features().words()).isLessThan(1);
    assertThat(other.features().articleWords()).isCloseTo(1, within(1e-9));
  }

  @Test
  void a_plan_passage_has_its_own_shares_as_article_shares() {
    Candidate plan = first("kết nạp đoàn viên mới năm 2025");

    assertThat(plan.docId()).isEqualTo("plans/kh12");
    assertThat(plan.clause()).isEmpty();
    assertThat(plan.features().articleWords()).isEqualTo(plan.features().words());
    assertThat(plan.features().articleBigrams()).isEqualTo(plan.features().bigrams());
  }

  @Test
  void candidates_come_best_prior_first_with_shares_between_0_and_1() {
    List<Candidate> found = search("nghỉ hằng năm bao nhiêu ngày");

    assertThat(found).isNotEmpty();
    assertThat(found)
        .isSortedAccordingTo(
            Comparator.comparingDouble((Candidate c) -> RANKING.prior(c.features())).reversed());
    assertThat(found)
        .allSatisfy(
            c -> {
              Features f = c.features();
              for (double share :
                  new double[] {
                    f.words(), f.bigrams(), f.articleWords(), f.articleBigrams(), f.headings()
                  }) {
                assertThat(share).isBetween(0.0, 1.0 + 1e-9);
              }
              assertThat(f.bm25()).isPositive();
            });
  }

  @Test
  void a_passage_under_a_special_case_heading_is_flagged_unless_the_question_names_the_case() {
    Candidate voluntary =
        search("đóng hằng tháng bao nhiêu phần trăm thu nhập").stream()
            .filter(c -> c.section().endsWith("Điều 3"))
            .findFirst()
            .orElseThrow();
    Candidate named = first("bảo hiểm xã hội tự nguyện đóng hằng tháng");

    assertThat(voluntary.features().specialCase()).isTrue();
    assertThat(named.section()).endsWith("Điều 3");
    assertThat(named.features().specialCase()).isFalse();
  }

  @Test
  void the_passage_holding_what_is_asked_without_naming_it_is_flagged_asked() {
    SearchResult result = searcher.search("Kế hoạch 12/KH-LĐLĐ do ai ký?", 10);

    assertThat(result.asked()).containsExactly(PassageRole.SIGNATURE);
    Candidate first = result.candidates().get(0);
    assertThat(first.text()).contains("Nguyễn Văn An");
    assertThat(first.features().asked()).isTrue();
    assertThat(result.candidates().subList(1, result.candidates().size()))
        .noneMatch(c -> c.features().asked());
  }

  @Test
  void a_passage_naming_only_another_year_than_the_question_is_flagged() {
    List<Candidate> found = search("chỉ tiêu kết nạp đoàn viên năm 2025");

    assertThat(found.get(0).text()).contains("Năm 2025");
    assertThat(found.get(0).features().otherYear()).isFalse();
    assertThat(found)
        .filteredOn(c -> c.text().contains("2028"))
        .singleElement()
        .satisfies(c -> assertThat(c.features().otherYear()).isTrue());
  }

  @Test
  void rarer_question_words_weigh_more() {
    Map<String, Double> weights = searcher.search("lao động nữ nghỉ thai sản", 5).termWeights();

    assertThat(weights).containsOnlyKeys("lao", "dong", "nu", "nghi", "thai", "san");
    assertThat(weights.get("thai")).isGreaterThan(weights.get("nghi"));
    assertThat(weights.get("nghi")).isGreaterThan(weights.get("dong"));
  }

  @Test
  void gives_at_most_n_candidates_and_none_for_words_no_passage_holds() {
    assertThat(searcher.search("nghỉ", 2).candidates()).hasSize(2);
    assertThat(search("xăng máy bay")).isEmpty();
  }

  @Test
  void a_question_of_words_every_passage_holds_still_finds_them(@TempDir Path other)
      throws IOException {
    try (TinyIndex members = TinyIndex.of(other, Map.of("plans/dv.txt", Corpora.MEMBERS))) {
      PassageSearcher inMembers = new PassageSearcher(members.index, members.analysis, RANKING);

      assertThat(inMembers.search("đoàn viên", 10).candidates())
          .isNotEmpty()
          .allSatisfy(c -> assertThat(c.features().words()).isCloseTo(1, within(1e-9)));
    }
  }

  @Test
  void the_passage_defining_the_term_a_question_asks_about_is_flagged_asked(@TempDir Path other)
      throws IOException {
    String law =
        """
        QUỐC HỘI
        Luật số: 98/2030/QH15

        LUẬT
        MẪU VỀ AN TOÀN LAO ĐỘNG

        Điều 1. Giải thích từ ngữ
        1. Bệnh nghề nghiệp là bệnh phát sinh do điều kiện lao động có hại.

        Điều 2. Khám bệnh nghề nghiệp
        Người lao động được khám bệnh nghề nghiệp; chi phí khám bệnh nghề nghiệp do người sử dụng lao động trả.
        """;
    try (TinyIndex index = TinyIndex.of(other, Map.of("laws/atld.txt", law))) {
      PassageSearcher inLaw = new PassageSearcher(index.index, index.analysis, RANKING);

      assertThat(inLaw.search("bệnh nghề nghiệp là gì", 10).candidates())
          .hasSizeGreaterThan(1)
          .allSatisfy(
              c ->
                  assertThat(c.features().asked())
                      .as(c.text())
                      .isEqualTo(c.text().contains("nghiệp là bệnh")));
      assertThat(inLaw.search("khám bệnh nghề nghiệp", 10).candidates())
          .noneMatch(c -> c.features().asked());
    }
  }

  private Candidate first(String question) {
    List<Candidate> found = search(question);
    assertThat(found).as("candidates for %s", question).isNotEmpty();
    return found.get(0);
  }

  private List<Candidate> search(String question) {
    return searcher.search(question, 10).candidates();
  }
}
