package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
import org.apache.lucene.util.FixedBitSet;
import vn.trolycongdoan.knowledge.index.IndexFields;

/**
 * The documents holding each term of one index reader, read from its postings the first time a
 * question looks the term up: questions share most of their words, and every term of a question is
 * looked up to leave common words out of the scoring, to weigh its rarity and to measure coverage.
 * Deleted documents are included (as in Lucene's document frequency). Up to {@link #MAX_BYTES} are
 * kept; past that, a term's postings are read each time.
 *
 * <p>Thread-safe. One per index reader ({@link PerReader}).
 */
final class TermDocs {

  static final long MAX_BYTES = 16 << 20;

  /**
   * The documents holding a term: their ids, ascending, when few; a bit set over the reader when
   * that is smaller.
   */
  record Holding(int[] ids, FixedBitSet bits, int count) {

    boolean contains(int doc) {
      return bits != null ? bits.get(doc) : Arrays.binarySearch(ids, doc) >= 0;
    }

    long bytes() {
      return bits != null ? bits.ramBytesUsed() : 4L * ids.length;
    }
  }

  private final IndexReader reader;
  private final int numDocs;
  private final int memberQuestions;
  private final ConcurrentMap<Term, Holding> byTerm = new ConcurrentHashMap<>();
  private final AtomicLong kept = new AtomicLong();

  TermDocs(IndexReader reader) {
    this.reader = reader;
    this.numDocs = numDocs(reader);
    this.memberQuestions = reader.numDocs() - numDocs;
  }

  /** The reader's passages and document records: its documents but the member questions. */
  static int numDocs(IndexReader reader) {
    try {
      return reader.numDocs() - reader.docFreq(new Term(IndexFields.TYPE, IndexFields.QUESTION));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int numDocs() {
    return numDocs;
  }

  /** How many member questions the reader holds. */
  int memberQuestions() {
    return memberQuestions;
  }

  int docFreq(Term term) {
    return of(term).count();
  }

  /** The documents (ids of the reader) holding {@code term}; none if no document does. */
  Holding of(Term term) {
    Holding known = byTerm.get(term);
    if (known != null) {
      return known;
    }
    Holding holding = read(term);
    if (kept.get() + holding.bytes() <= MAX_BYTES && byTerm.putIfAbsent(term, holding) == null) {
      kept.addAndGet(holding.bytes());
    }
    return holding;
  }

  private Holding read(Term term) {
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
      int maxDoc = Math.max(1, reader.maxDoc());
      if (size <= maxDoc / 32) {
        return new Holding(ArrayUtil.copyOfSubArray(docs, 0, size), null, size);
      }
      FixedBitSet bits = new FixedBitSet(maxDoc);
      for (int i = 0; i < size; i++) {
        bits.set(docs[i]);
      }
      return new Holding(null, bits, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
