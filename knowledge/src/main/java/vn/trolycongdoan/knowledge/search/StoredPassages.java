package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import vn.trolycongdoan.knowledge.index.IndexFields;

/**
 * The stored fields of passages, decoded once per index reader: every question reads those of 30 to
 * 60 candidates, and decompressing them was a sixth of the CPU of a question. Up to {@link
 * #MAX_PASSAGES} passages are kept (a few megabytes for the bundled corpus); past that they are
 * read each time.
 *
 * <p>Thread-safe. Keeps the passages of the latest reader only.
 */
final class StoredPassages {

  static final int MAX_PASSAGES = 20_000;

  private static final Set<String> STORED =
      Set.of(
          IndexFields.DOC_ID,
          IndexFields.ORDINAL,
          IndexFields.SECTION,
          IndexFields.HEADING,
          IndexFields.TEXT,
          IndexFields.ROLE,
          IndexFields.ARTICLE,
          IndexFields.CLAUSE);

  /**
   * What a candidate needs of its passage; {@code refers}: whether its text cites an article of
   * another law ({@link OtherLawReference}), and {@code years}: the years its section and text name
   * ({@link YearCheck#years}), both worked out once here.
   */
  record Stored(
      String docId,
      int ordinal,
      String section,
      String article,
      String clause,
      String heading,
      String text,
      Set<String> roles,
      boolean inArticle,
      boolean refers,
      Set<String> years) {}

  private final PerReader<ConcurrentMap<Integer, Stored>> byReader =
      new PerReader<>(reader -> new ConcurrentHashMap<>());

  /** The passage {@code doc} (an id of the searcher's reader). */
  Stored get(IndexSearcher searcher, int doc) {
    Map<Integer, Stored> byDoc = byReader.of(searcher.getIndexReader());
    Stored known = byDoc.get(doc);
    if (known != null) {
      return known;
    }
    Stored read = read(searcher, doc);
    if (byDoc.size() < MAX_PASSAGES) {
      byDoc.put(doc, read);
    }
    return read;
  }

  /**
   * The indexes of {@code docs}, ordered by the doc ids they hold: the order to read passages not
   * kept yet in, since neighbours share a compressed block.
   */
  static int[] inDocOrder(int[] docs) {
    // Each index beside its doc id in one long, sorted as primitives: by doc id, then index.
    long[] keyed = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      keyed[i] = ((long) docs[i] << 32) | i;
    }
    Arrays.sort(keyed);
    int[] order = new int[docs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = (int) keyed[i];
    }
    return order;
  }

  private static Stored read(IndexSearcher searcher, int id) {
    try {
      Document doc = searcher.storedFields().document(id, STORED);
      String clause = doc.get(IndexFields.CLAUSE);
      String article = doc.get(IndexFields.ARTICLE);
      String text = doc.get(IndexFields.TEXT);
      String section = doc.get(IndexFields.SECTION);
      return new Stored(
          doc.get(IndexFields.DOC_ID),
          doc.getField(IndexFields.ORDINAL).numericValue().intValue(),
          section,
          article == null ? "" : article,
          clause == null ? "" : clause,
          doc.get(IndexFields.HEADING),
          text,
          Set.of(doc.getValues(IndexFields.ROLE)),
          article != null && !article.isEmpty(),
          OtherLawReference.in(text),
          YearCheck.years(section + "\n" + text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
