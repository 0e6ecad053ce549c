package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.index.IndexFields;

class DocMatchesTest {

  private static final List<String> WORDS =
      List.of("nghi", "om", "thai", "san", "doan", "vien", "gio", "nam", "xang");

  private static SegmentedIndex index;

  @BeforeContainer
  static void open() throws IOException {
    index =
        new SegmentedIndex(
            List.of(
                List.of("nghỉ thai sản sáu tháng", "nghỉ hằng năm", "đoàn viên nghỉ ốm"),
                List.of("thăm hỏi đoàn viên ốm đau", "sản xuất"),
                List.of("nghỉ ốm", "làm thêm giờ", "năm giờ")));
  }

  @AfterContainer
  static void close() throws IOException {
    index.close();
  }

  @Test
  void matches_terms_and_synonyms_of_the_targets_only() throws IOException {
    try (SegmentedIndex one = new SegmentedIndex(List.of(List.of("nghỉ ốm", "ốm nghỉ", "nghỉ")))) {
      DocMatches matches = matches(one, 0, 1, 2);

      assertThat(matches.of(term("om"))).containsExactly(true, true, false);
      assertThat(matches.of(synonyms("om", "xang"))).containsExactly(true, true, false);
      assertThat(matches.of(new BoostQuery(term("nghi"), 3f))).containsExactly(true, true, true);
      assertThat(matches(one, 1, 2).of(term("om"))).containsExactly(true, false);
    }
  }

  @Test
  void answers_in_the_order_the_documents_were_given() throws IOException {
    try (SegmentedIndex two =
        new SegmentedIndex(List.of(List.of("nghỉ ốm", "giờ"), List.of("ốm")))) {
      assertThat(matches(two, 2, 0, 1).of(term("om"))).containsExactly(true, true, false);
      assertThat(matches(two, 1, 2).of(term("om"))).containsExactly(false, true);
    }
  }

  @Test
  void refuses_a_kind_of_query_units_are_not_made_of() throws IOException {
    try (SegmentedIndex one = new SegmentedIndex(List.of(List.of("nghỉ ốm")))) {
      assertThatThrownBy(
              () -> matches(one, 0).of(new PhraseQuery(IndexFields.TEXT_FOLDED, "nghi", "om")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("PhraseQuery");
    }
  }

  @Test
  void follows_lucenes_boolean_rules() throws IOException {
    try (SegmentedIndex one =
        new SegmentedIndex(List.of(List.of("nghỉ ốm", "nghỉ thai sản", "ốm đau", "giờ")))) {
      DocMatches matches = matches(one, 0, 1, 2, 3);

      assertThat(matches.of(bool(1, Occur.SHOULD, "nghi", Occur.SHOULD, "om")))
          .containsExactly(true, true, true, false);
      assertThat(matches.of(bool(2, Occur.SHOULD, "nghi", Occur.SHOULD, "om")))
          .containsExactly(true, false, false, false);
      assertThat(matches.of(bool(0, Occur.MUST, "nghi", Occur.MUST_NOT, "om")))
          .containsExactly(false, true, false, false);
      assertThat(matches.of(bool(0, Occur.FILTER, "om", Occur.SHOULD, "nghi")))
          .containsExactly(true, false, true, false);
      assertThat(matches.of(bool(0, Occur.MUST_NOT, "om", Occur.MUST_NOT, "gio")))
          .containsExactly(false, false, false, false);
      assertThat(matches.of(new BooleanQuery.Builder().build()))
          .containsExactly(false, false, false, false);
    }
  }

  @Property
  void agrees_with_lucene_across_segments(@ForAll("queries") Query query) throws IOException {
    // Every document, in reverse order.
    int maxDoc = index.searcher.getIndexReader().maxDoc();
    int[] targets = IntStream.range(0, maxDoc).map(i -> maxDoc - 1 - i).toArray();

    boolean[] matches =
        new DocMatches(new TermDocs(index.searcher.getIndexReader()), targets).of(query);

    boolean[] expected = lucene(query);
    for (int i = 0; i < targets.length; i++) {
      assertThat(matches[i]).as("%s, doc %d", query, targets[i]).isEqualTo(expected[targets[i]]);
    }
  }

  @Provide
  static Arbitrary<Query> queries() {
    return query(3);
  }

  private static Arbitrary<Query> query(int depth) {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<Query> term = word.map(DocMatchesTest::term);
    Arbitrary<Query> synonym =
        word.set().ofMinSize(1).ofMaxSize(3).map(w -> synonyms(w.toArray(String[]::new)));
    if (depth == 0) {
      return Arbitraries.oneOf(term, synonym);
    }
    Arbitrary<Query> inner = Arbitraries.lazy(() -> query(depth - 1));
    Arbitrary<Query> boolean_ =
        Combinators.combine(
                inner.list().ofMaxSize(4),
                Arbitraries.of(Occur.values()).list().ofSize(4),
                Arbitraries.integers().between(0, 3))
            .as(
                (clauses, occurs, min) -> {
                  BooleanQuery.Builder builder =
                      new BooleanQuery.Builder().setMinimumNumberShouldMatch(min);
                  for (int i = 0; i < clauses.size(); i++) {
                    builder.add(clauses.get(i), occurs.get(i));
                  }
                  return (Query) builder.build();
                });
    Arbitrary<Query> boosted = inner.map(q -> new BoostQuery(q, 2f));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, term),
        net.jqwik.api.Tuple.of(1, synonym),
        net.jqwik.api.Tuple.of(3, boolean_),
        net.jqwik.api.Tuple.of(1, boosted));
  }

  private static boolean[] lucene(Query query) throws IOException {
    boolean[] matches = new boolean[index.searcher.getIndexReader().maxDoc()];
    for (ScoreDoc hit : index.searcher.search(query, matches.length).scoreDocs) {
      matches[hit.doc] = true;
    }
    return matches;
  }

  private static DocMatches matches(SegmentedIndex in, int... targets) {
    return new DocMatches(new TermDocs(in.searcher.getIndexReader()), targets);
  }

  private static Query bool(int min, Occur a, String first, Occur b, String second) {
    return new BooleanQuery.Builder()
        .add(term(first), a)
        .add(term(second), b)
        .setMinimumNumberShouldMatch(min)
        .build();
  }

  private static Query term(String word) {
    return new TermQuery(new Term(IndexFields.TEXT_FOLDED, word));
  }

  private static Query synonyms(String... words) {
    SynonymQuery.Builder synonyms = new SynonymQuery.Builder(IndexFields.TEXT_FOLDED);
    List<String> all = new ArrayList<>(List.of(words));
    all.forEach(w -> synonyms.addTerm(new Term(IndexFields.TEXT_FOLDED, w)));
    return synonyms.build();
  }
}
