package vn.trolycongdoan.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;

class NormsInMemoryReaderTest {

  @TempDir Path dir;

  @Test
  void serves_the_same_norms_as_the_index_on_disk_for_every_field_and_document() throws Exception {
    Path corpus = Path.of(getClass().getResource("/corpus").toURI());
    try (VietnameseAnalysis analysis = VietnameseAnalysis.create("");
        PassageIndex index = PassageIndex.open(dir, IndexFields.indexAnalyzer(analysis))) {
      new CorpusIndexer(index, corpus).refresh(false, IndexProgress.NONE);
      IndexSearcher searcher = index.acquire();
      try (DirectoryReader onDisk = DirectoryReader.open(FSDirectory.open(dir))) {
        LeafReader memory = searcher.getIndexReader().leaves().get(0).reader();
        LeafReader disk = onDisk.leaves().get(0).reader();
        int fieldsWithNorms = 0;
        for (FieldInfo field : disk.getFieldInfos()) {
          if (field.hasNorms()) {
            fieldsWithNorms++;
            assertThat(norms(memory.getNormValues(field.name), memory.maxDoc()))
                .as(field.name)
                .isEqualTo(norms(disk.getNormValues(field.name), disk.maxDoc()));
          }
        }
        assertThat(fieldsWithNorms).isPositive();
      } finally {
        index.release(searcher);
      }
    }
  }

  /** Each document's norm, or null where it has none; read by advanceExact, as scorers do. */
  private static List<Long> norms(NumericDocValues values, int maxDoc) throws Exception {
    List<Long> norms = new ArrayList<>();
    for (int doc = 0; doc < maxDoc; doc++) {
      norms.add(values.advanceExact(doc) ? values.longValue() : null);
    }
    assertThat(values.advance(maxDoc)).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
    return norms;
  }
}
