package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

/**
 * The documents holding each term of one index reader, read from its postings the first time a
 * question looks the term up: questions share most of their words, and every term of a question is
 * looked up to leave common words out of the scoring, to weigh its rarity and to measure coverage.
 * Doc ids are the reader's, ascending, deleted documents included (as in Lucene's document
 * frequency). Up to {@link #MAX_DOCS} ids are kept; past that, a term's postings are read each
 * time.
 *
 * <p>Thread-safe. One per index reader ({@link PerReader}).
 */
final class TermDocs {

  static final int MAX_DOCS = 4_000_000;

  private final IndexReader reader;
  private final ConcurrentMap<Term, int[]> byTerm = new ConcurrentHashMap<>();
  private final AtomicLong kept = new AtomicLong();

  TermDocs(IndexReader reader) {
    this.reader = reader;
  }

  int numDocs() {
    return reader.numDocs();
  }

  int docFreq(Term term) {
    return of(term).length;
  }

  /** The documents holding {@code term}, ascending; empty if none does. */
  int[] of(Term term) {
    int[] known = byTerm.get(term);
    if (known != null) {
      return known;
    }
    int[] docs = read(term);
    if (kept.get() + docs.length <= MAX_DOCS && byTerm.putIfAbsent(term, docs) == null) {
      kept.addAndGet(docs.length);
    }
    return docs;
  }

  private int[] read(Term term) {
    try {
      int[] docs = new int[0];
      int size = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(term.field());
        if (terms == null) {
          continue;
        }
        TermsEnum dictionary = terms.iterator();
        if (!dictionary.seekExact(term.bytes())) {
          continue;
        }
        PostingsEnum postings = dictionary.postings(null, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          docs = ArrayUtil.grow(docs, size + 1);
          docs[size++] = leaf.docBase + doc;
        }
      }
      return ArrayUtil.copyOfSubArray(docs, 0, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
