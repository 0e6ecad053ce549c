package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * How much of a question a passage contains: the share of the question's units it matches, each
 * unit weighted by the rarity of its rarest term, so that missing a telling word costs more than
 * missing a common one. Matches are read from the units' postings ({@link SegmentMatches}), once
 * per segment for all units. Bound to one searcher; not thread-safe.
 */
final class Coverage {

  private final IndexSearcher searcher;
  private final List<Query> units;
  private final double[] weights;
  private final double total;

  /**
   * @param weights the weight of each unit, in the order of {@code units}
   */
  Coverage(IndexSearcher searcher, List<Query> units, List<Double> weights) {
    this.searcher = searcher;
    this.units = List.copyOf(units);
    this.weights = weights.stream().mapToDouble(Double::doubleValue).toArray();
    this.total = Arrays.stream(this.weights).sum();
  }

  /**
   * Each unit's weight: the rarity of its rarest term of {@code field}, from {@code termWeights}.
   */
  static List<Double> unitWeights(
      List<Query> units, Map<String, Double> termWeights, String field) {
    return units.stream()
        .map(
            unit ->
                termsOf(unit, field).stream()
                    .mapToDouble(t -> termWeights.get(t.text()))
                    .max()
                    .orElse(0))
        .toList();
  }

  boolean isEmpty() {
    return total == 0;
  }

  /**
   * The weighted share (0 to 1) of the units that match each of {@code docs} (ids of the searcher's
   * reader), in the order given. Each term's postings are walked once per segment, in doc id order.
   */
  double[] of(int[] docs) throws IOException {
    return shares(docs).share();
  }

  /**
   * For each of {@code docs}: the weighted share of the units it matches, and the largest weight of
   * a unit it does not match (0 when it matches all).
   */
  record Shares(double[] share, double[] missing) {}

  /** The shares and the missing weights of {@code docs}, in the order given. */
  Shares shares(int[] docs) throws IOException {
    double[] matched = new double[docs.length];
    double[] missing = new double[docs.length];
    if (total == 0) {
      return new Shares(matched, missing);
    }
    int[] order = inDocOrder(docs);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int from = 0; from < order.length; ) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[order[from]], leaves));
      int to = from;
      while (to < order.length && docs[order[to]] < leaf.docBase + leaf.reader().maxDoc()) {
        to++;
      }
      int[] targets = new int[to - from];
      for (int j = 0; j < targets.length; j++) {
        targets[j] = docs[order[from + j]] - leaf.docBase;
      }
      SegmentMatches matches = new SegmentMatches(searcher, leaf, targets);
      for (int u = 0; u < units.size(); u++) {
        boolean[] unitMatches = matches.of(units.get(u));
        for (int j = 0; j < targets.length; j++) {
          if (unitMatches[j]) {
            matched[order[from + j]] += weights[u];
          } else {
            missing[order[from + j]] = Math.max(missing[order[from + j]], weights[u]);
          }
        }
      }
      from = to;
    }
    for (int i = 0; i < matched.length; i++) {
      matched[i] /= total;
    }
    return new Shares(matched, missing);
  }

  /** The indexes of {@code docs}, ordered by the doc ids they hold. */
  static int[] inDocOrder(int[] docs) {
    return IntStream.range(0, docs.length)
        .boxed()
        .sorted(Comparator.comparingInt(i -> docs[i]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  static List<Term> termsOf(Query unit, String field) {
    List<Term> terms = new ArrayList<>();
    unit.visit(
        new QueryVisitor() {
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
