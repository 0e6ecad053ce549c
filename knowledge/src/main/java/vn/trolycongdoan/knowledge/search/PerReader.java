package vn.trolycongdoan.knowledge.search;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.index.IndexReader;

/**
 * A map of what was worked out for the latest index reader; a newer reader starts an empty one.
 * Thread-safe. A search on an older reader (while a refresh commits) gets a fresh map, so it never
 * sees another reader's values.
 */
final class PerReader<K, V> {

  private record Held<K, V>(IndexReader reader, ConcurrentMap<K, V> values) {}

  private volatile Held<K, V> latest = new Held<>(null, new ConcurrentHashMap<>());

  ConcurrentMap<K, V> of(IndexReader reader) {
    Held<K, V> known = latest;
    if (known.reader() != reader) {
      known = new Held<>(reader, new ConcurrentHashMap<>());
      latest = known;
    }
    return known.values();
  }
}
