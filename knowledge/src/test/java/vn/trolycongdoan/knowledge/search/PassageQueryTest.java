package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.index.IndexFields;
import vn.trolycongdoan.knowledge.index.PassageRole;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PassageQueryTest {

  private TinyIndex tiny;
  private PassageQuery queries;

  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    tiny = TinyIndex.of(dir, Map.of("plans/dv.txt", Corpora.MEMBERS));
    queries = new PassageQuery(tiny.analysis);
  }

  @AfterAll
  void close() throws IOException {
    tiny.close();
  }

  @Test
  void one_word_unit_per_searched_word_without_question_words_or_fillers() {
    PassageQuery.Built built = build("Cho em hỏi lao động nữ được nghỉ thai sản bao lâu ạ?");

    assertThat(texts(built.words(), IndexFields.TEXT_FOLDED))
        .containsExactly("lao", "dong", "nu", "duoc", "nghi", "thai", "san");
    assertThat(built.words())
        .allSatisfy(
            unit ->
                assertThat(fields(unit))
                    .containsExactlyInAnyOrder(
                        IndexFields.TEXT_FOLDED, IndexFields.HEAD_FOLDED, IndexFields.DOC_FOLDED));
    assertThat(texts(built.headingWords(), IndexFields.HEAD_FOLDED))
        .isEqualTo(texts(built.words(), IndexFields.TEXT_FOLDED));
    assertThat(texts(built.articleWords(), IndexFields.ARTICLE_FOLDED))
        .isEqualTo(texts(built.words(), IndexFields.TEXT_FOLDED));
  }

  @Test
  void one_bigram_unit_per_pair_of_neighbouring_words() {
    PassageQuery.Built built = build("nghỉ thai sản bao lâu");

    assertThat(texts(built.bigrams(), IndexFields.TEXT_BIGRAMS))
        .containsExactly("nghi thai", "thai san");
    assertThat(texts(built.bigrams(), IndexFields.DOC_BIGRAMS))
        .containsExactly("nghi thai", "thai san");
    assertThat(texts(built.articleBigrams(), IndexFields.ARTICLE_BIGRAMS))
        .containsExactly("nghi thai", "thai san");
  }

  @Test
  void numbers_count_as_codes_not_as_words() {
    PassageQuery.Built built = build("kết nạp đoàn viên năm 2025");

    assertThat(texts(built.codes(), IndexFields.CODES)).containsExactly("2025");
    assertThat(texts(built.codes(), IndexFields.DOC_CODES)).containsExactly("2025");
    assertThat(texts(built.words(), IndexFields.TEXT_FOLDED))
        .containsExactly("ket", "nap", "doan", "vien", "nam");
    assertThat(texts(built.headingWords(), IndexFields.HEAD_FOLDED)).doesNotContain("2025");
  }

  @Test
  void common_words_are_left_out_of_the_scoring_but_kept_for_coverage() {
    PassageQuery.Built built = build("đoàn viên ốm đau");

    List<Term> scored = scoredTerms(built.query());
    assertThat(scored)
        .contains(new Term(IndexFields.TEXT_FOLDED, "om"))
        .doesNotContain(
            new Term(IndexFields.TEXT_FOLDED, "doan"), new Term(IndexFields.TEXT_FOLDED, "vien"));
    assertThat(texts(built.words(), IndexFields.TEXT_FOLDED))
        .containsExactly("doan", "vien", "om", "dau");
  }

  @Test
  void a_question_of_common_words_only_is_scored_on_them() {
    List<Term> scored = scoredTerms(build("đoàn viên").query());

    assertThat(scored)
        .contains(
            new Term(IndexFields.TEXT_FOLDED, "doan"), new Term(IndexFields.TEXT_FOLDED, "vien"));
  }

  @Test
  void a_role_asked_for_is_scored_and_its_words_are_not_searched() {
    PassageQuery.Built built = build("Kế hoạch do ai ký?");

    assertThat(built.roles()).containsExactly(PassageRole.SIGNATURE);
    assertThat(scoredTerms(built.query()))
        .contains(new Term(IndexFields.ROLE, PassageRole.SIGNATURE.name()));
    assertThat(texts(built.words(), IndexFields.TEXT_FOLDED)).containsExactly("ke", "hoach");
  }

  @Test
  void a_question_of_question_words_only_keeps_them_as_its_words() {
    assertThat(texts(build("bao nhiêu").words(), IndexFields.TEXT_FOLDED))
        .containsExactly("bao", "nhieu");
  }

  private PassageQuery.Built build(String question) {
    return tiny.withSearcher(
        searcher -> queries.build(question, new TermDocs(searcher.getIndexReader())));
  }

  /** The text of each unit's terms of {@code field}, one string per unit. */
  private static List<String> texts(List<Query> units, String field) {
    return units.stream()
        .map(
            unit ->
                String.join(" ", Coverage.termsOf(unit, field).stream().map(Term::text).toList()))
        .toList();
  }

  private static List<String> fields(Query unit) {
    return ((BooleanQuery) unit)
        .clauses().stream().map(c -> ((TermQuery) c.getQuery()).getTerm().field()).toList();
  }

  private static List<Term> scoredTerms(Query query) {
    List<Term> terms = new ArrayList<>();
    for (BooleanClause clause : ((BooleanQuery) query).clauses()) {
      Query inner = ((BoostQuery) clause.getQuery()).getQuery();
      if (inner instanceof TermQuery term) {
        terms.add(term.getTerm());
      }
    }
    return terms;
  }
}
