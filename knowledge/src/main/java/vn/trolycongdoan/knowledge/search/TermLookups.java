package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The term dictionary entries of one question's terms, looked up once per searcher: the same terms
 * serve to prune common words, to score, to weigh rarity and to measure coverage. Each segment's
 * dictionary of a field is opened once per question and reused for all of its terms, and the
 * look-up runs on the calling thread (no per-term tasks). Not thread-safe; one per question.
 */
final class TermLookups {

  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new HashMap<>();
  private final Map<String, TermsEnum[]> dictionaries = new HashMap<>();

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
    TermStates known = states.get(term);
    if (known == null) {
      try {
        known = lookUp(term);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      states.put(term, known);
    }
    return known;
  }

  /** What {@code TermStates.build(searcher, term, true)} gives, from the reused dictionaries. */
  private TermStates lookUp(Term term) throws IOException {
    IndexReaderContext top = searcher.getTopReaderContext();
    TermStates found = new TermStates(top);
    TermsEnum[] perLeaf = dictionaries(term.field());
    for (LeafReaderContext leaf : top.leaves()) {
      TermsEnum dictionary = perLeaf[leaf.ord];
      if (dictionary != null && dictionary.seekExact(term.bytes())) {
        found.register(
            dictionary.termState(), leaf.ord, dictionary.docFreq(), dictionary.totalTermFreq());
      }
    }
    return found;
  }

  /** Each segment's dictionary of {@code field}, by leaf ord; null where the field has no terms. */
  private TermsEnum[] dictionaries(String field) throws IOException {
    TermsEnum[] perLeaf = dictionaries.get(field);
    if (perLeaf == null) {
      List<LeafReaderContext> leaves = searcher.getTopReaderContext().leaves();
      perLeaf = new TermsEnum[leaves.size()];
      for (LeafReaderContext leaf : leaves) {
        Terms terms = leaf.reader().terms(field);
        perLeaf[leaf.ord] = terms == null ? null : terms.iterator();
      }
      dictionaries.put(field, perLeaf);
    }
    return perLeaf;
  }
}
