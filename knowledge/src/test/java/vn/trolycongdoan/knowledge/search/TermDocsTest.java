package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
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
  void tells_which_documents_hold_a_term() {
    for (int doc = 0; doc < 5; doc++) {
      assertThat(terms.of(text("thai")).contains(doc)).as("thai in %d", doc).isEqualTo(doc == 0);
      assertThat(terms.of(text("nghi")).contains(doc))
          .as("nghi in %d", doc)
          .isEqualTo(doc == 0 || doc == 1 || doc == 3);
    }
  }

  @Test
  void keeps_a_rare_terms_documents_as_ids_and_a_common_terms_as_bits() throws IOException {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      texts.add(i == 40 ? "văn bản thai sản" : "văn bản số " + i);
    }
    try (SegmentedIndex many =
        new SegmentedIndex(List.of(texts.subList(0, 30), texts.subList(30, 64)))) {
      TermDocs docs = new TermDocs(many.searcher.getIndexReader());

      TermDocs.Holding rare = docs.of(text("thai"));
      TermDocs.Holding common = docs.of(text("van"));

      assertThat(rare.ids()).containsExactly(40);
      assertThat(rare.bits()).isNull();
      assertThat(common.bits()).isNotNull();
      assertThat(common.count()).isEqualTo(64);
      assertThat(rare.contains(40)).isTrue();
      assertThat(rare.contains(39)).isFalse();
      assertThat(common.contains(0)).isTrue();
      assertThat(common.contains(63)).isTrue();
    }
  }

  @Test
  void a_term_or_field_no_document_holds_has_no_documents() {
    assertThat(terms.docFreq(text("xang"))).isZero();
    assertThat(terms.of(text("xang")).contains(0)).isFalse();
    assertThat(terms.docFreq(new Term("no_such_field", "nghi"))).isZero();
  }

  @Test
  void the_same_term_asked_twice_gives_the_same_answer() {
    assertThat(terms.of(text("om"))).isSameAs(terms.of(text("om")));
    assertThat(terms.docFreq(text("om"))).isEqualTo(2);
  }

  private static Term text(String word) {
    return new Term(IndexFields.TEXT_FOLDED, word);
  }
}
