package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.index.IndexFields;

class CoverageTest {

  /** Doc ids 0 to 4, in three segments. */
  private static final List<List<String>> TEXTS =
      List.of(
          List.of("nghỉ thai sản sáu tháng", "nghỉ hằng năm"),
          List.of("thăm hỏi đoàn viên ốm đau"),
          List.of("nghỉ ốm", "làm thêm giờ"));

  private static SegmentedIndex index;

  @BeforeContainer
  static void openForProperties() throws IOException {
    index = new SegmentedIndex(TEXTS);
  }

  @AfterContainer
  static void closeForProperties() throws IOException {
    index.close();
  }

  @Test
  void each_document_gets_the_weighted_share_of_the_units_it_matches() throws IOException {
    try (SegmentedIndex tiny = new SegmentedIndex(TEXTS)) {
      Coverage coverage =
          new Coverage(
              List.of(term("nghi"), term("om"), anyOf("thai", "gio")), List.of(1.0, 2.0, 1.0));

      assertThat(coverage.isEmpty()).isFalse();
      assertThat(coverage.of(matches(tiny, new int[] {0, 1, 2, 3, 4})))
          .containsExactly(new double[] {0.5, 0.25, 0.5, 0.75, 0.25}, within(1e-12));
    }
  }

  @Test
  void shares_come_in_the_order_the_documents_were_given_across_segments() throws IOException {
    try (SegmentedIndex tiny = new SegmentedIndex(TEXTS)) {
      Coverage coverage = new Coverage(List.of(term("nghi"), term("om")), List.of(1.0, 1.0));

      assertThat(coverage.of(matches(tiny, new int[] {4, 2, 0, 3})))
          .containsExactly(new double[] {0, 0.5, 0.5, 1}, within(1e-12));
      assertThat(coverage.of(matches(tiny, new int[0]))).isEmpty();
    }
  }

  @Test
  void no_units_or_no_weight_cover_nothing() throws IOException {
    try (SegmentedIndex tiny = new SegmentedIndex(TEXTS)) {
      Coverage none = new Coverage(List.of(), List.of());
      Coverage weightless = new Coverage(List.of(term("nghi")), List.of(0.0));

      assertThat(none.isEmpty()).isTrue();
      assertThat(none.of(matches(tiny, new int[] {0, 3}))).containsExactly(0, 0);
      assertThat(weightless.isEmpty()).isTrue();
      assertThat(weightless.of(matches(tiny, new int[] {0}))).containsExactly(0);
    }
  }

  @Test
  void a_units_weight_is_the_rarity_of_its_rarest_term_in_the_field() {
    Map<String, Double> rarity = Map.of("nghi", 0.5, "thai", 2.0, "san", 1.5);
    Query both =
        new BooleanQuery.Builder()
            .add(term("nghi"), Occur.SHOULD)
            .add(new TermQuery(new Term(IndexFields.HEAD_FOLDED, "thai")), Occur.SHOULD)
            .add(anyOf("thai", "san"), Occur.SHOULD)
            .build();

    assertThat(
            Coverage.unitWeights(
                List.of(term("nghi"), both, new TermQuery(new Term("other", "x"))),
                rarity,
                IndexFields.TEXT_FOLDED))
        .containsExactly(0.5, 2.0, 0.0);
  }

  @Property
  void the_share_is_what_lucene_matches_weighted(
      @ForAll("units") List<Query> units,
      @ForAll("weights") List<Double> weights,
      @ForAll("docs") Set<Integer> docSet)
      throws IOException {
    List<Double> unitWeights = weights.subList(0, units.size());
    int[] docs = docSet.stream().mapToInt(Integer::intValue).toArray();
    double total = unitWeights.stream().mapToDouble(Double::doubleValue).sum();

    double[] shares = new Coverage(units, unitWeights).of(matches(index, docs));

    for (int i = 0; i < docs.length; i++) {
      double expected = 0;
      for (int u = 0; u < units.size(); u++) {
        if (matching(units.get(u)).contains(docs[i])) {
          expected += unitWeights.get(u);
        }
      }
      assertThat(shares[i]).isCloseTo(total == 0 ? 0 : expected / total, within(1e-9));
    }
  }

  @Provide
  Arbitrary<List<Query>> units() {
    return DocMatchesTest.queries().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Double>> weights() {
    return Arbitraries.doubles().between(0, 3).ofScale(3).list().ofSize(5);
  }

  @Provide
  Arbitrary<Set<Integer>> docs() {
    return Arbitraries.integers().between(0, 4).set();
  }

  private static Set<Integer> matching(Query query) throws IOException {
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc hit : index.searcher.search(query, 10).scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }

  private static DocMatches matches(SegmentedIndex in, int[] docs) {
    return new DocMatches(new TermDocs(in.searcher.getIndexReader()), docs);
  }

  private static Query term(String word) {
    return new TermQuery(new Term(IndexFields.TEXT_FOLDED, word));
  }

  private static Query anyOf(String... words) {
    SynonymQuery.Builder synonyms = new SynonymQuery.Builder(IndexFields.TEXT_FOLDED);
    for (String word : words) {
      synonyms.addTerm(new Term(IndexFields.TEXT_FOLDED, word));
    }
    return synonyms.build();
  }
}
