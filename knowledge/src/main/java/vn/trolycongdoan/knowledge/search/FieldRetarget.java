package vn.trolycongdoan.knowledge.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The same query on another field, for fields that share an analyzer: the question is analysed
 * once, not once per field. Handles what {@code QueryBuilder} makes without phrase generation:
 * term, synonym and boolean queries (and boosts of them).
 */
final class FieldRetarget {

  private FieldRetarget() {}

  /**
   * @throws IllegalArgumentException for a kind of query not listed above
   */
  static Query to(Query query, String field) {
    if (query instanceof TermQuery term) {
      return new TermQuery(new Term(field, term.getTerm().bytes()));
    }
    if (query instanceof SynonymQuery synonyms) {
      SynonymQuery.Builder builder = new SynonymQuery.Builder(field);
      synonyms.getTerms().forEach(term -> builder.addTerm(new Term(field, term.bytes())));
      return builder.build();
    }
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder builder =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bool.clauses()) {
        builder.add(to(clause.getQuery(), field), clause.getOccur());
      }
      return builder.build();
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(to(boost.getQuery(), field), boost.getBoost());
    }
    throw new IllegalArgumentException(
        "cannot move to another field: " + query.getClass().getSimpleName());
  }
}
