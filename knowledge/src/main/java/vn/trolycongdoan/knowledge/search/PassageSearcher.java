package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.index.IndexFields;
import vn.trolycongdoan.knowledge.index.PassageIndex;
import vn.trolycongdoan.knowledge.index.PassageRole;

/**
 * Finds the passages that answer a question. BM25 over several fields picks candidates; each
 * candidate's coverage of the question (its words, weighted by rarity, and its pairs of
 * neighbouring words) then orders them, and candidates covering less than {@code minCoverage} are
 * dropped, so an unrelated question gets no results rather than noise.
 *
 * <p>Thread-safe.
 */
public final class PassageSearcher {

  /** How many BM25 hits are checked for coverage and reordered, per wanted result and at least. */
  private static final int CANDIDATES_PER_RESULT = 3;

  private static final int MIN_CANDIDATES = 20;

  /**
   * How much pairs of neighbouring words count in coverage against single words. Most Vietnamese
   * words have two syllables, so a passage with the question's syllables but not its words ("mai
   * táng" for "ngày mai") must not look covered.
   */
  private static final double BIGRAM_SHARE = 0.6;

  /**
   * How much more a candidate counts when it holds what the question asks for (a signature, a
   * date…).
   */
  private static final double ROLE_BONUS = 10;

  /** How much less a candidate counts when it names another year than the question asks about. */
  private static final double OTHER_YEAR_PENALTY = 0.5;

  private static final Set<String> STORED =
      Set.of(
          IndexFields.DOC_ID,
          IndexFields.ORDINAL,
          IndexFields.SECTION,
          IndexFields.HEADING,
          IndexFields.TEXT,
          IndexFields.ROLE);

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
    try {
      IndexSearcher searcher = index.acquire();
      try {
        TermLookups terms = new TermLookups(searcher);
        return search(searcher, terms, queries.build(question, terms), new YearCheck(question), k);
      } finally {
        index.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchResult search(
      IndexSearcher searcher, TermLookups terms, PassageQuery.Built built, YearCheck years, int k)
      throws IOException {
    Map<String, Double> termWeights = termWeights(terms, built.words(), IndexFields.TEXT_FOLDED);
    List<Query> wordsAndCodes = new ArrayList<>(built.words());
    wordsAndCodes.addAll(built.codes());
    List<Double> weights =
        new ArrayList<>(Coverage.unitWeights(built.words(), termWeights, IndexFields.TEXT_FOLDED));
    weights.addAll(unitWeights(terms, built.codes(), IndexFields.CODES));
    Coverage words =
        new Coverage(searcher, wordsAndCodes.stream().map(terms::withStates).toList(), weights);
    Coverage bigrams =
        new Coverage(
            searcher,
            built.bigrams().stream().map(terms::withStates).toList(),
            unitWeights(terms, built.bigrams(), IndexFields.TEXT_BIGRAMS));
    int candidates = Math.max(MIN_CANDIDATES, k * CANDIDATES_PER_RESULT);
    // Counting every hit is not needed, which lets Lucene skip documents that cannot make the top.
    ScoreDoc[] hits =
        searcher.search(
                built.query(), new TopScoreDocCollectorManager(candidates, null, candidates))
            .scoreDocs;
    int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
    double[] wordCoverage = words.of(docs);
    double[] bigramCoverage = bigrams.of(docs);
    List<ScoredPassage> found = new ArrayList<>();
    // Stored fields are read in doc id order: neighbours share a compressed block, decompressed
    // once.
    for (int i : Coverage.inDocOrder(docs)) {
      double coverage =
          bigrams.isEmpty()
              ? wordCoverage[i]
              : (1 - BIGRAM_SHARE) * wordCoverage[i] + BIGRAM_SHARE * bigramCoverage[i];
      if (coverage >= minCoverage) {
        found.add(passage(searcher, hits[i], coverage, built.roles(), years));
      }
    }
    found.sort(Comparator.comparingDouble(ScoredPassage::rank).reversed());
    return new SearchResult(
        found.subList(0, Math.min(k, found.size())), termWeights, built.roles());
  }

  /**
   * A candidate with its rank: BM25 finds candidates, how much of the question they cover orders
   * them, holding what the question asks for (a signature, a date) lifts them, naming another year
   * lowers them.
   */
  private static ScoredPassage passage(
      IndexSearcher searcher,
      ScoreDoc hit,
      double coverage,
      Set<PassageRole> asked,
      YearCheck years)
      throws IOException {
    Document doc = searcher.storedFields().document(hit.doc, STORED);
    boolean holdsAsked =
        Arrays.stream(doc.getValues(IndexFields.ROLE))
            .anyMatch(role -> asked.contains(PassageRole.valueOf(role)));
    boolean otherYear =
        years.conflicts(doc.get(IndexFields.SECTION) + "\n" + doc.get(IndexFields.TEXT));
    double rank =
        hit.score
            * Math.pow(coverage, 3)
            * (holdsAsked ? ROLE_BONUS : 1)
            * (otherYear ? OTHER_YEAR_PENALTY : 1);
    return new ScoredPassage(
        doc.get(IndexFields.DOC_ID),
        doc.getField(IndexFields.ORDINAL).numericValue().intValue(),
        doc.get(IndexFields.SECTION),
        doc.get(IndexFields.HEADING),
        doc.get(IndexFields.TEXT),
        hit.score,
        coverage,
        rank);
  }

  /** Each unit's weight: the rarity of its rarest term of {@code field}. */
  private static List<Double> unitWeights(TermLookups terms, List<Query> units, String field) {
    return Coverage.unitWeights(units, termWeights(terms, units, field), field);
  }

  /** Rarity (BM25 idf) of every term of {@code field} in the units. */
  private static Map<String, Double> termWeights(
      TermLookups terms, List<Query> units, String field) {
    Map<String, Double> weights = new HashMap<>();
    int docs = Math.max(1, terms.numDocs());
    for (Query unit : units) {
      for (Term term : Coverage.termsOf(unit, field)) {
        int df = terms.docFreq(term);
        weights.put(term.text(), Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
      }
    }
    return weights;
  }
}
