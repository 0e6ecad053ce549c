package vn.trolycongdoan.knowledge.search;

import java.util.function.Function;
import org.apache.lucene.index.IndexReader;

/**
 * What was worked out for the latest index reader (a map of values, a cache); a newer reader starts
 * a fresh one. Thread-safe. A search on an older reader (while a refresh commits) gets a fresh one
 * too, so it never sees another reader's values.
 */
final class PerReader<T> {

  private record Held<T>(IndexReader reader, T value) {}

  private final Function<IndexReader, T> fresh;
  private volatile Held<T> latest;

  /**
   * @param fresh makes the empty value for a reader; what it makes must be thread-safe
   */
  PerReader(Function<IndexReader, T> fresh) {
    this.fresh = fresh;
  }

  T of(IndexReader reader) {
    Held<T> known = latest;
    if (known == null || known.reader() != reader) {
      known = new Held<>(reader, fresh.apply(reader));
      latest = known;
    }
    return known.value();
  }
}
