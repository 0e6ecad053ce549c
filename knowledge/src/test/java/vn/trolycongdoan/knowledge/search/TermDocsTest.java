package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.index.IndexFields;

class TermDocsTest {

  private SegmentedIndex index;
  private TermDocs terms;

  @BeforeEach
  void open() throws IOException {
    index =
        new SegmentedIndex(
            List.of(
                List.of("nghỉ thai sản sáu tháng", "nghỉ hằng năm"),
                List.of("thăm hỏi đoàn viên ốm đau"),
                List.of("nghỉ ốm", "làm thêm giờ")));
    terms = new TermDocs(index.searcher.getIndexReader());
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
  void gives_the_documents_holding_a_term_in_doc_id_order() {
    assertThat(terms.of(text("nghi"))).containsExactly(0, 1, 3);
    assertThat(terms.of(text("om"))).containsExactly(2, 3);
  }

  @Test
  void a_term_or_field_no_document_holds_has_no_documents() {
    assertThat(terms.of(text("xang"))).isEmpty();
    assertThat(terms.docFreq(new Term("no_such_field", "nghi"))).isZero();
  }

  @Test
  void the_same_term_asked_twice_gives_the_same_answer() {
    assertThat(terms.of(text("om"))).isEqualTo(terms.of(text("om"))).containsExactly(2, 3);
  }

  private static Term text(String word) {
    return new Term(IndexFields.TEXT_FOLDED, word);
  }
}
