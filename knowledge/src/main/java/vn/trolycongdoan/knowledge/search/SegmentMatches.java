package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Which of some documents of one segment match a query, read straight from the postings of its
 * terms: each term's postings are walked once however many queries hold it, and no weight or scorer
 * is set up for term, synonym and boolean queries (and boosts of them), which is what question
 * units are made of. Any other kind of query is matched through its scorer. Not thread-safe; one
 * per segment and set of documents.
 */
final class SegmentMatches {

  private final IndexSearcher searcher;
  private final LeafReaderContext leaf;
  private final int[] targets;
  private final Map<Term, boolean[]> byTerm = new HashMap<>();

  /**
   * @param targets the documents to check, ids within {@code leaf}, ascending
   */
  SegmentMatches(IndexSearcher searcher, LeafReaderContext leaf, int[] targets) {
    this.searcher = searcher;
    this.leaf = leaf;
    this.targets = targets;
  }

  /** For each target in order, whether {@code query} matches it. */
  boolean[] of(Query query) throws IOException {
    if (query instanceof BoostQuery boost) {
      return of(boost.getQuery());
    }
    if (query instanceof TermQuery term) {
      return term(term.getTerm(), term.getTermStates());
    }
    if (query instanceof SynonymQuery synonyms) {
      boolean[] any = new boolean[targets.length];
      for (Term term : synonyms.getTerms()) {
        or(any, term(term, null));
      }
      return any;
    }
    if (query instanceof BooleanQuery bool) {
      return bool(bool);
    }
    return scored(query);
  }

  /** Lucene's boolean matching: all required, none prohibited, enough optional clauses. */
  private boolean[] bool(BooleanQuery bool) throws IOException {
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

  private boolean[] term(Term term, TermStates states) throws IOException {
    boolean[] known = byTerm.get(term);
    if (known != null) {
      return known;
    }
    boolean[] matches = new boolean[targets.length];
    PostingsEnum postings = postings(term, states);
    if (postings != null) {
      for (int i = 0; i < targets.length; i++) {
        int doc = postings.docID() < targets[i] ? postings.advance(targets[i]) : postings.docID();
        if (doc == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        matches[i] = doc == targets[i];
      }
    }
    byTerm.put(term, matches);
    return matches;
  }

  /** The term's postings in this segment, or null if it has none. */
  private PostingsEnum postings(Term term, TermStates states) throws IOException {
    Terms terms = leaf.reader().terms(term.field());
    if (terms == null) {
      return null;
    }
    TermsEnum dictionary = terms.iterator();
    if (states != null && states.wasBuiltFor(searcher.getTopReaderContext())) {
      TermState state = states.get(leaf);
      if (state == null) {
        return null;
      }
      dictionary.seekExact(term.bytes(), state);
    } else if (!dictionary.seekExact(term.bytes())) {
      return null;
    }
    return dictionary.postings(null, PostingsEnum.NONE);
  }

  private boolean[] scored(Query query) throws IOException {
    boolean[] matches = new boolean[targets.length];
    Scorer scorer =
        searcher
            .createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f)
            .scorer(leaf);
    if (scorer != null) {
      DocIdSetIterator docs = scorer.iterator();
      for (int i = 0; i < targets.length; i++) {
        int doc = docs.docID() < targets[i] ? docs.advance(targets[i]) : docs.docID();
        matches[i] = doc == targets[i];
      }
    }
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
