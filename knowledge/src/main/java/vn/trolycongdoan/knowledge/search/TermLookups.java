package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The term dictionary entries of one question's terms, looked up once per searcher: the same terms
 * serve to prune common words, to score, to weigh rarity and to measure coverage. Not thread-safe;
 * one per question.
 */
final class TermLookups {

  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new HashMap<>();

  TermLookups(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  int numDocs() {
    return searcher.getIndexReader().numDocs();
  }

  int docFreq(Term term) {
    return of(term).docFreq();
  }

  /**
   * {@code query} with its term queries carrying their looked-up entries, so they need no second
   * lookup.
   */
  Query withStates(Query query) {
    if (query instanceof TermQuery term) {
      return new TermQuery(term.getTerm(), of(term.getTerm()));
    }
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder builder =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bool.clauses()) {
        builder.add(withStates(clause.getQuery()), clause.getOccur());
      }
      return builder.build();
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(withStates(boost.getQuery()), boost.getBoost());
    }
    return query;
  }

  private TermStates of(Term term) {
    return states.computeIfAbsent(
        term,
        t -> {
          try {
            return TermStates.build(searcher, t, true);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
