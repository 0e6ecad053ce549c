package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.index.IndexFields;

class StoredPassagesTest {

  @TempDir Path dir;

  @Test
  void orders_indexes_by_the_doc_ids_they_hold() {
    assertThat(StoredPassages.inDocOrder(new int[] {7, 2, 9, 0})).containsExactly(3, 1, 0, 2);
    assertThat(StoredPassages.inDocOrder(new int[0])).isEmpty();
  }

  @Test
  void reads_a_passage_as_stored_once_per_reader_and_keeps_it() throws IOException {
    try (TinyIndex tiny = TinyIndex.of(dir, Corpora.SMALL)) {
      StoredPassages stored = new StoredPassages();
      tiny.withSearcher(
          searcher -> {
            for (int id = 0; id < searcher.getIndexReader().maxDoc(); id++) {
              Document doc = document(searcher, id);
              if (doc.get(IndexFields.TEXT) == null) {
                continue;
              }
              StoredPassages.Stored passage = stored.get(searcher, id);
              assertThat(passage.docId()).isEqualTo(doc.get(IndexFields.DOC_ID));
              assertThat(passage.text()).isEqualTo(doc.get(IndexFields.TEXT));
              assertThat(passage.section()).isEqualTo(doc.get(IndexFields.SECTION));
              assertThat(passage.clause()).isEqualTo(doc.get(IndexFields.CLAUSE));
              assertThat(passage.inArticle()).isEqualTo(!doc.get(IndexFields.ARTICLE).isEmpty());
              assertThat(passage.roles())
                  .containsExactlyInAnyOrder(doc.getValues(IndexFields.ROLE));
              assertThat(stored.get(searcher, id)).isSameAs(passage);
            }
            return null;
          });
    }
  }

  private static Document document(IndexSearcher searcher, int id) {
    try {
      return searcher.storedFields().document(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
