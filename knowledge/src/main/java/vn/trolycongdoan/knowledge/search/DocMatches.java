package vn.trolycongdoan.knowledge.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Which of some documents match a query, from the documents holding its terms ({@link TermDocs}):
 * each term is looked up once however many queries hold it, and no weight or scorer is set up.
 * Handles term, synonym and boolean queries (and boosts of them), which is what question units are
 * made of. Not thread-safe; one per set of documents.
 */
final class DocMatches {

  private final TermDocs terms;
  private final int[] targets;
  private final Map<Term, boolean[]> byTerm = new HashMap<>();

  /**
   * @param targets the documents to check, ids of the reader of {@code terms}, in any order
   */
  DocMatches(TermDocs terms, int[] targets) {
    this.terms = terms;
    this.targets = targets;
  }

  /** How many documents are checked. */
  int size() {
    return targets.length;
  }

  /**
   * For each target in the order given, whether {@code query} matches it.
   *
   * @throws IllegalArgumentException for a kind of query not listed above
   */
  boolean[] of(Query query) {
    if (query instanceof BoostQuery boost) {
      return of(boost.getQuery());
    }
    if (query instanceof TermQuery term) {
      return term(term.getTerm());
    }
    if (query instanceof SynonymQuery synonyms) {
      boolean[] any = new boolean[targets.length];
      for (Term term : synonyms.getTerms()) {
        or(any, term(term));
      }
      return any;
    }
    if (query instanceof BooleanQuery bool) {
      return bool(bool);
    }
    throw new IllegalArgumentException("cannot match " + query.getClass().getSimpleName());
  }

  /** Lucene's boolean matching: all required, none prohibited, enough optional clauses. */
  private boolean[] bool(BooleanQuery bool) {
    int[] optional = new int[targets.length];
    boolean[] required = null;
    boolean[] prohibited = new boolean[targets.length];
    int optionalClauses = 0;
    for (BooleanClause clause : bool.clauses()) {
      boolean[] matches = of(clause.getQuery());
      switch (clause.getOccur()) {
        case MUST, FILTER -> required = required == null ? matches.clone() : and(required, matches);
        case MUST_NOT -> or(prohibited, matches);
        case SHOULD -> {
          optionalClauses++;
          for (int i = 0; i < matches.length; i++) {
            optional[i] += matches[i] ? 1 : 0;
          }
        }
      }
    }
    int minOptional = bool.getMinimumNumberShouldMatch();
    if (required == null && minOptional == 0) {
      minOptional = 1;
    }
    boolean[] all = new boolean[targets.length];
    for (int i = 0; i < all.length; i++) {
      all[i] =
          (required == null ? optionalClauses > 0 : required[i])
              && !prohibited[i]
              && optional[i] >= minOptional;
    }
    return all;
  }

  private boolean[] term(Term term) {
    boolean[] known = byTerm.get(term);
    if (known != null) {
      return known;
    }
    boolean[] matches = new boolean[targets.length];
    TermDocs.Holding holding = terms.of(term);
    for (int i = 0; i < targets.length; i++) {
      matches[i] = holding.contains(targets[i]);
    }
    byTerm.put(term, matches);
    return matches;
  }

  private static boolean[] and(boolean[] into, boolean[] other) {
    for (int i = 0; i < into.length; i++) {
      into[i] &= other[i];
    }
    return into;
  }

  private static void or(boolean[] into, boolean[] other) {
    for (int i = 0; i < into.length; i++) {
      into[i] |= other[i];
    }
  }
}
