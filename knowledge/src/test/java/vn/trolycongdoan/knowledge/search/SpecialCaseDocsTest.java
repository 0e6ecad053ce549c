package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import vn.trolycongdoan.knowledge.index.IndexFields;

class SpecialCaseDocsTest {

  @Test
  void tells_which_documents_of_every_segment_hold_any_of_the_phrases() throws IOException {
    try (SegmentedIndex index =
        new SegmentedIndex(
            List.of(
                List.of("bảo hiểm tự nguyện", "nguyện tự làm"),
                List.of("mang thai hộ", "thai sản"),
                List.of("người lao động tự nguyện mang thai hộ")))) {
      SpecialCaseDocs docs = new SpecialCaseDocs();
      List<Query> phrases =
          List.of(
              new PhraseQuery(IndexFields.TEXT_FOLDED, "tu", "nguyen"),
              new PhraseQuery(IndexFields.TEXT_FOLDED, "mang", "thai", "ho"));

      assertThat(docs.anyOf(index.searcher, phrases, new int[] {4, 0, 1, 2, 3}))
          .containsExactly(true, true, false, true, false);
      assertThat(docs.anyOf(index.searcher, phrases.subList(1, 2), new int[] {0, 2, 4}))
          .containsExactly(false, true, true);
      assertThat(docs.anyOf(index.searcher, List.of(), new int[] {0, 4}))
          .containsExactly(false, false);
    }
  }
}
