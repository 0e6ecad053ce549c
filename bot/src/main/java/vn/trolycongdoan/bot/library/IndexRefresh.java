package vn.trolycongdoan.bot.library;

import java.io.IOException;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.IndexReport;

/**
 * Brings the index in line with the corpus folder now, after any refresh already under way, and
 * waits for it: for a change to the corpus that must be searchable when the call returns. While it
 * runs {@link IndexingStatus#indexing} is true. Thread-safe.
 */
public interface IndexRefresh {

  /**
   * @param progress told of each file as it is handled, on the indexing thread
   * @return what the refresh did; searches see its commit when this returns
   * @throws IOException if the refresh failed; the previous index stays in use
   */
  IndexReport refreshNow(IndexProgress progress) throws IOException;
}
