package vn.trolycongdoan.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;

class PassageIndexMergeTest {

  @TempDir Path dir;

  @Test
  void a_small_index_is_one_segment_after_a_refresh_that_changed_it() throws Exception {
    Path corpus = Path.of(getClass().getResource("/corpus").toURI());
    try (VietnameseAnalysis analysis = VietnameseAnalysis.create("");
        PassageIndex index = PassageIndex.open(dir, IndexFields.indexAnalyzer(analysis))) {
      new CorpusIndexer(index, corpus).refresh(false, IndexProgress.NONE);

      IndexSearcher searcher = index.acquire();
      try {
        assertThat(searcher.getIndexReader().maxDoc())
            .isLessThanOrEqualTo(PassageIndex.MERGE_TO_ONE_SEGMENT_UP_TO);
        assertThat(searcher.getIndexReader().leaves()).hasSize(1);
      } finally {
        index.release(searcher);
      }
    }
  }
}
