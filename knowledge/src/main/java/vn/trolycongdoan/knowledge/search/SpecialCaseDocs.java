package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The passages each special-case phrase ({@link SpecialCases}) matches, found once per index
 * reader: the phrases are the same for every question, so each is matched over the whole index the
 * first time it is needed instead of for every question's candidates. Matches as Lucene's scorer
 * does (deleted documents are not filtered; candidates are live).
 *
 * <p>Thread-safe. Keeps the matches of the latest reader only; a question on an older reader
 * (during a refresh) recomputes them.
 */
final class SpecialCaseDocs {

  private final PerReader<ConcurrentMap<Query, FixedBitSet>> byReader =
      new PerReader<>(reader -> new ConcurrentHashMap<>());

  /**
   * For each of {@code docs} (ids of the searcher's reader), in order, whether any of {@code
   * phrases} matches it.
   */
  boolean[] anyOf(IndexSearcher searcher, List<Query> phrases, int[] docs) {
    Map<Query, FixedBitSet> byPhrase = byReader.of(searcher.getIndexReader());
    boolean[] any = new boolean[docs.length];
    for (Query phrase : phrases) {
      FixedBitSet matches = byPhrase.computeIfAbsent(phrase, q -> matching(searcher, q));
      for (int i = 0; i < docs.length; i++) {
        any[i] |= matches.get(docs[i]);
      }
    }
    return any;
  }

  private static FixedBitSet matching(IndexSearcher searcher, Query phrase) {
    try {
      FixedBitSet matches = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
      Weight weight =
          searcher.createWeight(searcher.rewrite(phrase), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
          DocIdSetIterator docs = scorer.iterator();
          for (int doc = docs.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = docs.nextDoc()) {
            matches.set(leaf.docBase + doc);
          }
        }
      }
      return matches;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
