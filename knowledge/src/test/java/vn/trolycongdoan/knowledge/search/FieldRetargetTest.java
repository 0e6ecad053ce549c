package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class FieldRetargetTest {

  @Test
  void moves_a_term_query_keeping_its_term() {
    assertThat(FieldRetarget.to(new TermQuery(new Term("a", "nghi")), "b"))
        .isEqualTo(new TermQuery(new Term("b", "nghi")));
  }

  @Test
  void moves_a_synonym_query_with_all_its_terms() {
    Query synonyms =
        new SynonymQuery.Builder("a")
            .addTerm(new Term("a", "nld"))
            .addTerm(new Term("a", "nguoi"))
            .build();

    assertThat(FieldRetarget.to(synonyms, "b"))
        .isEqualTo(
            new SynonymQuery.Builder("b")
                .addTerm(new Term("b", "nld"))
                .addTerm(new Term("b", "nguoi"))
                .build());
  }

  @Test
  void moves_boolean_and_boosted_queries_keeping_occurs_boosts_and_minimum_match() {
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term("a", "thai")), Occur.SHOULD)
            .add(new BoostQuery(new TermQuery(new Term("a", "san")), 2f), Occur.MUST)
            .add(
                new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("a", "om")), Occur.MUST_NOT)
                    .build(),
                Occur.FILTER)
            .setMinimumNumberShouldMatch(1)
            .build();

    assertThat(FieldRetarget.to(query, "b"))
        .isEqualTo(
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term("b", "thai")), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term("b", "san")), 2f), Occur.MUST)
                .add(
                    new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("b", "om")), Occur.MUST_NOT)
                        .build(),
                    Occur.FILTER)
                .setMinimumNumberShouldMatch(1)
                .build());
  }

  @Test
  void refuses_a_kind_of_query_it_cannot_move_naming_it() {
    Query phrase = new PhraseQuery("a", "thai", "san");

    assertThatThrownBy(() -> FieldRetarget.to(phrase, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PhraseQuery");
  }
}
