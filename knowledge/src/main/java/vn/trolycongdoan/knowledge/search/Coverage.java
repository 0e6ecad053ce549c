package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * How much of a question a passage contains: the share of the question's units it matches, each unit weighted
 * by the rarity of its rarest term, so that missing a telling word costs more than missing a common one.
 * Bound to one searcher; not thread-safe.
 */
final class Coverage {

  private final IndexSearcher searcher;
  private final List<Weight> units = new ArrayList<>();
  private final double[] weights;
  private final double total;

  Coverage(IndexSearcher searcher, List<Query> units, Map<String, Double> termWeights, String field)
      throws IOException {
    this.searcher = searcher;
    this.weights = new double[units.size()];
    double sum = 0;
    for (int i = 0; i < units.size(); i++) {
      Query unit = units.get(i);
      this.units.add(searcher.createWeight(searcher.rewrite(unit), ScoreMode.COMPLETE_NO_SCORES, 1f));
      weights[i] = termsOf(unit, field).stream().mapToDouble(t -> termWeights.get(t.text())).max().orElse(0);
      sum += weights[i];
    }
    this.total = sum;
  }

  boolean isEmpty() {
    return total == 0;
  }

  /** The weighted share (0 to 1) of the units that match document {@code doc} of the searcher. */
  double of(int doc) throws IOException {
    if (total == 0) {
      return 0;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int target = doc - leaf.docBase;
    double matched = 0;
    for (int i = 0; i < units.size(); i++) {
      Scorer scorer = units.get(i).scorer(leaf);
      if (scorer != null && scorer.iterator().advance(target) == target) {
        matched += weights[i];
      }
    }
    return matched / total;
  }

  static List<Term> termsOf(Query unit, String field) {
    List<Term> terms = new ArrayList<>();
    unit.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... found) {
        for (Term term : found) {
          if (term.field().equals(field)) {
            terms.add(term);
          }
        }
      }
    });
    return terms;
  }
}
