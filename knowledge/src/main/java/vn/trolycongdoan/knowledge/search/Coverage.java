package vn.trolycongdoan.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * How much of a question a passage contains: the share of the question's units it matches, each
 * unit weighted by the rarity of its rarest term, so that missing a telling word costs more than
 * missing a common one. Matches come from the documents holding the units' terms ({@link
 * DocMatches}). Immutable.
 */
final class Coverage {

  private final List<Query> units;
  private final double[] weights;
  private final double total;

  /**
   * @param weights the weight of each unit, in the order of {@code units}
   */
  Coverage(List<Query> units, List<Double> weights) {
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
   * The weighted share (0 to 1) of the units that match each document of {@code matches}, in their
   * order.
   */
  double[] of(DocMatches matches) {
    return shares(matches).share();
  }

  /**
   * For each of {@code docs}: the weighted share of the units it matches, and the largest weight of
   * a unit it does not match (0 when it matches all).
   */
  record Shares(double[] share, double[] missing) {}

  /** The shares and the missing weights of the documents of {@code matches}, in their order. */
  Shares shares(DocMatches matches) {
    double[] matched = new double[matches.size()];
    double[] missing = new double[matches.size()];
    if (total == 0) {
      return new Shares(matched, missing);
    }
    for (int u = 0; u < units.size(); u++) {
      boolean[] unitMatches = matches.of(units.get(u));
      for (int i = 0; i < matched.length; i++) {
        if (unitMatches[i]) {
          matched[i] += weights[u];
        } else {
          missing[i] = Math.max(missing[i], weights[u]);
        }
      }
    }
    for (int i = 0; i < matched.length; i++) {
      matched[i] /= total;
    }
    return new Shares(matched, missing);
  }

  /**
   * The terms of {@code field} in {@code unit}, in the order {@link Query#visit} gives them (the
   * terms of prohibited clauses left out). A term or synonym query, or a disjunction of such aimed
   * at different fields (what a question unit is), is read directly; anything else is visited.
   */
  static List<Term> termsOf(Query unit, String field) {
    if (unit instanceof BooleanQuery bool) {
      Query only = null;
      for (BooleanClause clause : bool.clauses()) {
        Query leaf = clause.getQuery();
        String leafField = fieldOf(leaf);
        if (leafField == null || clause.getOccur() == Occur.MUST_NOT) {
          return visitedTerms(unit, field);
        }
        if (leafField.equals(field)) {
          if (only != null) {
            // Lucene visits a disjunction's clauses in the order of a hash set, not as added.
            return visitedTerms(unit, field);
          }
          only = leaf;
        }
      }
      return only == null ? List.of() : termsOf(only, field);
    }
    if (unit instanceof TermQuery term) {
      return term.getTerm().field().equals(field) ? List.of(term.getTerm()) : List.of();
    }
    if (unit instanceof SynonymQuery synonyms) {
      return synonyms.getField().equals(field) ? synonyms.getTerms() : List.of();
    }
    return visitedTerms(unit, field);
  }

  /** The field of a term or synonym query; null for any other kind. */
  private static String fieldOf(Query leaf) {
    if (leaf instanceof TermQuery term) {
      return term.getTerm().field();
    }
    return leaf instanceof SynonymQuery synonyms ? synonyms.getField() : null;
  }

  private static List<Term> visitedTerms(Query unit, String field) {
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
