package vn.trolycongdoan.knowledge.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

/**
 * Searchers over the writer's latest changes (or, without a writer, over the index's last commit),
 * like Lucene's {@code SearcherManager}, each reading norms from memory ({@link
 * NormsInMemoryReader}); {@code SearcherManager} itself refuses a wrapped reader. No query cache:
 * every question is different. Thread-safe.
 */
final class NormsInMemorySearchers extends ReferenceManager<IndexSearcher> {

  private final IndexWriter writer;

  NormsInMemorySearchers(IndexWriter writer) throws IOException {
    this.writer = writer;
    this.current = searcher(DirectoryReader.open(writer, true, true));
  }

  /** Searchers over the last commit of an index another process may be writing. */
  NormsInMemorySearchers(DirectoryReader committed) throws IOException {
    this.writer = null;
    this.current = searcher(committed);
  }

  @Override
  protected IndexSearcher refreshIfNeeded(IndexSearcher old) throws IOException {
    DirectoryReader previous = ((NormsInMemoryReader) old.getIndexReader()).getDelegate();
    DirectoryReader changed =
        writer == null
            ? DirectoryReader.openIfChanged(previous)
            : DirectoryReader.openIfChanged(previous, writer, true);
    return changed == null ? null : searcher(changed);
  }

  private static IndexSearcher searcher(DirectoryReader reader) throws IOException {
    IndexSearcher searcher = new IndexSearcher(new NormsInMemoryReader(reader));
    searcher.setQueryCache(null);
    return searcher;
  }

  @Override
  protected void decRef(IndexSearcher searcher) throws IOException {
    searcher.getIndexReader().decRef();
  }

  @Override
  protected boolean tryIncRef(IndexSearcher searcher) {
    return searcher.getIndexReader().tryIncRef();
  }

  @Override
  protected int getRefCount(IndexSearcher searcher) {
    return searcher.getIndexReader().getRefCount();
  }
}
