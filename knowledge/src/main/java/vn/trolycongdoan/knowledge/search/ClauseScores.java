package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The best passages for a question's query by BM25, from the scores of its clauses worked out once
 * per index reader: questions share most of their words, and adding up scores kept in memory costs
 * a fraction of scoring the postings again for every question (two fifths of the CPU of a question
 * went there). A passage's score is the sum of the scores of the clauses it matches, added in
 * double and rounded to float as Lucene's disjunctions add them, and the best come in the order of
 * Lucene's top-docs collector (score, then doc id), so the hits and their scores are those of
 * {@code IndexSearcher.search}. Up to {@link #MAX_POSTINGS} clause scores are kept per reader (a
 * doc id and a float each; the bundled corpus needs far fewer); past that a clause is scored each
 * time it is needed.
 *
 * <p>Thread-safe. Keeps the scores of the latest reader only; a question on an older reader (during
 * a refresh) scores its clauses afresh.
 */
final class ClauseScores {

  static final int MAX_POSTINGS = 4_000_000;

  /**
   * The live documents a clause matches, ascending, and its score in each; {@code positive}: every
   * score is above 0 (as BM25's are), so a sum of them tells by itself that a document matched.
   */
  private record Scored(int[] docs, float[] scores, boolean positive) {

    Scored(int[] docs, float[] scores) {
      this(docs, scores, allPositive(scores));
    }

    private static boolean allPositive(float[] scores) {
      for (float score : scores) {
        if (!(score > 0)) {
          return false;
        }
      }
      return true;
    }
  }

  private record Kept(ConcurrentMap<Query, Scored> byClause, AtomicLong postings) {}

  private final PerReader<Kept> byReader =
      new PerReader<>(reader -> new Kept(new ConcurrentHashMap<>(), new AtomicLong()));

  /** The {@code n} best live documents {@code query} matches, best first, as Lucene ranks them. */
  ScoreDoc[] top(IndexSearcher searcher, Query query, int n) throws IOException {
    return top(searcher, query, n, new int[0]);
  }

  /**
   * As {@link #top(IndexSearcher, Query, int)}, followed by those of the documents {@code also}
   * that are not among them, each with its score (0 when the query does not match it).
   */
  ScoreDoc[] top(IndexSearcher searcher, Query query, int n, int[] also) throws IOException {
    Kept kept = byReader.of(searcher.getIndexReader());
    double[] sums = new double[searcher.getIndexReader().maxDoc()];
    // A document with a sum above 0 matched; only the matches of a clause that may score 0 or
    // less need marking. Only the documents between the first and the last any clause matches are
    // looked at again (the passages' clauses match no member question, and the other way round).
    FixedBitSet matchedOtherwise = null;
    int first = sums.length;
    int last = -1;
    for (Query clause : clauses(searcher.rewrite(query))) {
      Scored scored = scored(kept, searcher, clause);
      int[] docs = scored.docs();
      float[] scores = scored.scores();
      if (docs.length == 0) {
        continue;
      }
      for (int i = 0; i < docs.length; i++) {
        sums[docs[i]] += scores[i];
      }
      first = Math.min(first, docs[0]);
      last = Math.max(last, docs[docs.length - 1]);
      if (!scored.positive()) {
        if (matchedOtherwise == null) {
          matchedOtherwise = new FixedBitSet(sums.length);
        }
        for (int doc : docs) {
          matchedOtherwise.set(doc);
        }
      }
    }
    BestHits best = new BestHits(n);
    for (int doc = first; doc <= last; doc++) {
      if (sums[doc] > 0 || matchedOtherwise != null && matchedOtherwise.get(doc)) {
        best.offer(doc, (float) sums[doc]);
      }
    }
    ScoreDoc[] top = best.bestFirst();
    if (also.length == 0) {
      return top;
    }
    List<ScoreDoc> all = new ArrayList<>(List.of(top));
    for (int doc : also) {
      if (all.stream().noneMatch(hit -> hit.doc == doc)) {
        all.add(new ScoreDoc(doc, (float) sums[doc]));
      }
    }
    return all.toArray(new ScoreDoc[0]);
  }

  /**
   * The clauses whose scores add up to the score of the rewritten {@code query}: those of a
   * disjunction, else the query itself.
   */
  private static List<Query> clauses(Query query) {
    if (query instanceof BooleanQuery bool
        && bool.getMinimumNumberShouldMatch() <= 1
        && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
      return bool.clauses().stream().map(BooleanClause::getQuery).toList();
    }
    return List.of(query);
  }

  private static Scored scored(Kept kept, IndexSearcher searcher, Query clause) {
    Scored known = kept.byClause().get(clause);
    if (known != null) {
      return known;
    }
    Scored scored = score(searcher, clause);
    if (kept.postings().get() + scored.docs().length <= MAX_POSTINGS
        && kept.byClause().putIfAbsent(clause, scored) == null) {
      kept.postings().addAndGet(scored.docs().length);
    }
    return scored;
  }

  private static Scored score(IndexSearcher searcher, Query clause) {
    try {
      Weight weight = searcher.createWeight(clause, ScoreMode.COMPLETE, 1f);
      int[] docs = new int[0];
      float[] scores = new float[0];
      int size = 0;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator matches = scorer.iterator();
        for (int doc = matches.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = matches.nextDoc()) {
          if (live == null || live.get(doc)) {
            docs = ArrayUtil.grow(docs, size + 1);
            scores = ArrayUtil.grow(scores, size + 1);
            docs[size] = leaf.docBase + doc;
            scores[size] = scorer.score();
            size++;
          }
        }
      }
      return new Scored(
          ArrayUtil.copyOfSubArray(docs, 0, size), ArrayUtil.copyOfSubArray(scores, 0, size));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
