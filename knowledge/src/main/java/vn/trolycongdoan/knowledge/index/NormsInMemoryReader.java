package vn.trolycongdoan.knowledge.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A reader whose norms (each passage's field lengths, which BM25 reads for every document it
 * scores) are read from disk once per segment and field and then served from memory, with the same
 * values. Passage fields are missing from the document records, so on disk their norms are sparse:
 * finding a document's norm walks a list, for every scored clause, which was a fifth of the cost of
 * a question. In memory it is one array read. A norm costs 9 bits of heap per document and field.
 *
 * <p>Thread-safe, like any Lucene reader.
 */
final class NormsInMemoryReader extends FilterDirectoryReader {

  NormsInMemoryReader(DirectoryReader in) throws IOException {
    super(
        in,
        new SubReaderWrapper() {
          @Override
          public LeafReader wrap(LeafReader reader) {
            return new Leaf(reader);
          }
        });
  }

  @Override
  protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
    return new NormsInMemoryReader(in);
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  private static final class Leaf extends FilterLeafReader {

    /** Norms by field; {@link Norms#ON_DISK} for a field whose norms do not fit in a byte. */
    private final Map<String, Norms> norms = new ConcurrentHashMap<>();

    Leaf(LeafReader in) {
      super(in);
    }

    @Override
    public NumericDocValues getNormValues(String field) throws IOException {
      Norms loaded = norms.get(field);
      if (loaded == null) {
        NumericDocValues onDisk = in.getNormValues(field);
        if (onDisk == null) {
          return null;
        }
        loaded = Norms.read(onDisk, maxDoc());
        norms.put(field, loaded);
      }
      return loaded == Norms.ON_DISK ? in.getNormValues(field) : loaded.iterator();
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  /** One field's norms: which documents have one, and its value. */
  private record Norms(FixedBitSet present, byte[] values) {

    static final Norms ON_DISK = new Norms(new FixedBitSet(0), new byte[0]);

    /** The norms, or {@link #ON_DISK} if one does not fit in a byte (not so for BM25's). */
    static Norms read(NumericDocValues onDisk, int maxDoc) throws IOException {
      FixedBitSet present = new FixedBitSet(maxDoc);
      byte[] values = new byte[maxDoc];
      for (int doc = onDisk.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = onDisk.nextDoc()) {
        long value = onDisk.longValue();
        if (value != (byte) value) {
          return ON_DISK;
        }
        present.set(doc);
        values[doc] = (byte) value;
      }
      return new Norms(present, values);
    }

    NumericDocValues iterator() {
      return new NumericDocValues() {
        private int doc = -1;

        @Override
        public long longValue() {
          return values[doc];
        }

        @Override
        public boolean advanceExact(int target) {
          doc = target;
          return present.get(target);
        }

        @Override
        public int docID() {
          return doc;
        }

        @Override
        public int nextDoc() {
          return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
          doc = target >= present.length() ? NO_MORE_DOCS : present.nextSetBit(target);
          return doc;
        }

        @Override
        public long cost() {
          return present.cardinality();
        }
      };
    }
  }
}
