package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.index.IndexFields;

class SegmentMatchesTest {

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
  void matches_terms_synonyms_and_phrases_of_the_targets_only() throws IOException {
    try (SegmentedIndex one = new SegmentedIndex(List.of(List.of("nghỉ ốm", "ốm nghỉ", "nghỉ")))) {
      SegmentMatches matches =
          new SegmentMatches(
              one.searcher, one.searcher.getIndexReader().leaves().get(0), new int[] {0, 1, 2});

      assertThat(matches.of(term("om"))).containsExactly(true, true, false);
      assertThat(matches.of(synonyms("om", "xang"))).containsExactly(true, true, false);
      assertThat(matches.of(new PhraseQuery(IndexFields.TEXT_FOLDED, "nghi", "om")))
          .containsExactly(true, false, false);
      assertThat(matches.of(new BoostQuery(term("nghi"), 3f))).containsExactly(true, true, true);
    }
  }

  @Test
  void follows_lucenes_boolean_rules() throws IOException {
    try (SegmentedIndex one =
        new SegmentedIndex(List.of(List.of("nghỉ ốm", "nghỉ thai sản", "ốm đau", "giờ")))) {
      SegmentMatches matches =
          new SegmentMatches(
              one.searcher, one.searcher.getIndexReader().leaves().get(0), new int[] {0, 1, 2, 3});

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
  void agrees_with_lucene_on_every_segment(@ForAll("queries") Query query) throws IOException {
    for (LeafReaderContext leaf : index.searcher.getIndexReader().leaves()) {
      int[] targets = new int[leaf.reader().maxDoc()];
      for (int i = 0; i < targets.length; i++) {
        targets[i] = i;
      }

      boolean[] matches = new SegmentMatches(index.searcher, leaf, targets).of(query);

      assertThat(matches).as("%s in segment %d", query, leaf.ord).isEqualTo(lucene(query, leaf));
    }
  }

  @Provide
  static Arbitrary<Query> queries() {
    return query(3);
  }

  private static Arbitrary<Query> query(int depth) {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<Query> term = word.map(SegmentMatchesTest::term);
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

  private static boolean[] lucene(Query query, LeafReaderContext leaf) throws IOException {
    boolean[] matches = new boolean[leaf.reader().maxDoc()];
    Scorer scorer =
        index
            .searcher
            .createWeight(index.searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f)
            .scorer(leaf);
    if (scorer != null) {
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        matches[doc] = true;
      }
    }
    return matches;
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
