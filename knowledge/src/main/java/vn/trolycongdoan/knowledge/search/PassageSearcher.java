package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.index.IndexFields;
import vn.trolycongdoan.knowledge.index.PassageIndex;

/**
 * Finds the passages that answer a question. Hits that cover less than {@code minCoverage} of the question
 * (weighted by word rarity) are dropped, so an unrelated question gets no results rather than noise.
 *
 * <p>Thread-safe.
 */
public final class PassageSearcher {

  /** How many BM25 hits are checked for coverage per wanted result. */
  private static final int CANDIDATES_PER_RESULT = 3;
  private static final Set<String> STORED = Set.of(IndexFields.DOC_ID, IndexFields.ORDINAL,
      IndexFields.SECTION, IndexFields.HEADING, IndexFields.TEXT);

  private final PassageIndex index;
  private final PassageQuery queries;
  private final double minCoverage;

  public PassageSearcher(PassageIndex index, VietnameseAnalysis analysis, double minCoverage) {
    this.index = index;
    this.queries = new PassageQuery(analysis);
    this.minCoverage = minCoverage;
  }

  /** At most {@code k} passages, best first; empty when none covers enough of the question. */
  public SearchResult search(String question, int k) {
    PassageQuery.Built built = queries.build(question);
    try {
      IndexSearcher searcher = index.acquire();
      try {
        return search(searcher, built, k);
      } finally {
        index.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchResult search(IndexSearcher searcher, PassageQuery.Built built, int k) throws IOException {
    Map<String, Double> termWeights = termWeights(searcher.getIndexReader(), built.units());
    List<Double> unitWeights = built.units().stream().map(u -> unitWeight(u, termWeights)).toList();
    List<Weight> unitMatchers = new ArrayList<>();
    for (Query unit : built.units()) {
      unitMatchers.add(searcher.createWeight(searcher.rewrite(unit), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    ScoreDoc[] hits = searcher.search(built.query(), k * CANDIDATES_PER_RESULT).scoreDocs;
    List<ScoredPassage> found = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      double coverage = coverage(searcher, hit.doc, unitMatchers, unitWeights);
      if (coverage >= minCoverage) {
        found.add(passage(searcher, hit, coverage));
      }
      if (found.size() == k) {
        break;
      }
    }
    return new SearchResult(found, termWeights);
  }

  private static double coverage(IndexSearcher searcher, int doc, List<Weight> units, List<Double> weights)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int target = doc - leaf.docBase;
    double total = 0;
    double matched = 0;
    for (int i = 0; i < units.size(); i++) {
      total += weights.get(i);
      Scorer scorer = units.get(i).scorer(leaf);
      if (scorer != null && scorer.iterator().advance(target) == target) {
        matched += weights.get(i);
      }
    }
    return total == 0 ? 0 : matched / total;
  }

  private static ScoredPassage passage(IndexSearcher searcher, ScoreDoc hit, double coverage)
      throws IOException {
    Document doc = searcher.storedFields().document(hit.doc, STORED);
    return new ScoredPassage(doc.get(IndexFields.DOC_ID), doc.getField(IndexFields.ORDINAL).numericValue()
        .intValue(), doc.get(IndexFields.SECTION), doc.get(IndexFields.HEADING), doc.get(IndexFields.TEXT),
        hit.score, coverage);
  }

  /** Rarity (BM25 idf) of every folded text term of the question. */
  private static Map<String, Double> termWeights(IndexReader reader, List<Query> units) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    int docs = Math.max(1, reader.numDocs());
    for (Query unit : units) {
      for (Term term : foldedTerms(unit)) {
        int df = reader.docFreq(term);
        weights.put(term.text(), Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
      }
    }
    return weights;
  }

  private static double unitWeight(Query unit, Map<String, Double> termWeights) {
    return foldedTerms(unit).stream().mapToDouble(t -> termWeights.get(t.text())).max().orElse(0);
  }

  private static List<Term> foldedTerms(Query unit) {
    List<Term> terms = new ArrayList<>();
    unit.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... found) {
        for (Term term : found) {
          if (term.field().equals(IndexFields.TEXT_FOLDED)) {
            terms.add(term);
          }
        }
      }
    });
    return terms;
  }
}
