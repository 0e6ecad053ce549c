package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.index.IndexFields;

class TermLookupsTest {

  private SegmentedIndex index;
  private TermLookups terms;

  @BeforeEach
  void open() throws IOException {
    index =
        new SegmentedIndex(
            List.of(
                List.of("nghỉ thai sản sáu tháng", "nghỉ hằng năm"),
                List.of("thăm hỏi đoàn viên ốm đau"),
                List.of("nghỉ ốm", "làm thêm giờ")));
    terms = new TermLookups(index.searcher);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  void counts_documents_and_a_terms_documents_across_all_segments() throws IOException {
    assertThat(index.searcher.getIndexReader().leaves()).hasSize(3);
    assertThat(terms.numDocs()).isEqualTo(5);
    for (String word : List.of("nghi", "om", "thai", "gio")) {
      Term term = text(word);
      assertThat(terms.docFreq(term))
          .as(word)
          .isEqualTo(index.searcher.getIndexReader().docFreq(term));
    }
    assertThat(terms.docFreq(text("nghi"))).isEqualTo(3);
  }

  @Test
  void a_term_or_field_no_document_holds_has_no_documents() {
    assertThat(terms.docFreq(text("xang"))).isZero();
    assertThat(terms.docFreq(new Term("no_such_field", "nghi"))).isZero();
  }

  @Test
  void the_same_term_asked_twice_gives_the_same_answer() {
    assertThat(terms.docFreq(text("om"))).isEqualTo(terms.docFreq(text("om"))).isEqualTo(2);
  }

  @Test
  void term_queries_get_their_looked_up_entries_and_match_as_before() throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(text("nghi")), Occur.SHOULD)
            .add(new BoostQuery(new TermQuery(text("om")), 2f), Occur.SHOULD)
            .add(new TermQuery(text("xang")), Occur.SHOULD)
            .setMinimumNumberShouldMatch(2)
            .build();

    Query withStates = terms.withStates(query);

    assertThat(withStates).isEqualTo(query);
    TermQuery nghi = (TermQuery) ((BooleanQuery) withStates).clauses().get(0).getQuery();
    assertThat(nghi.getTermStates()).isNotNull();
    assertThat(nghi.getTermStates().docFreq()).isEqualTo(3);
    assertThat(index.searcher.count(withStates))
        .isEqualTo(index.searcher.count(query))
        .isEqualTo(1);
  }

  private static Term text(String word) {
    return new Term(IndexFields.TEXT_FOLDED, word);
  }
}
