package vn.trolycongdoan.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.index.IndexFields;
import vn.trolycongdoan.knowledge.index.PassageIndex;

/**
 * Finds the candidate passages for a question and measures each: BM25 over several fields picks
 * them; then how much of the question each covers (its words weighted by rarity, its pairs of
 * neighbouring words, the words its headings hold), whether its headings name a special case the
 * question does not, whether it holds what the question asks for and whether it names another year.
 * {@link Ranking} orders them; refusing is left to the caller.
 *
 * <p>Thread-safe.
 */
public final class PassageSearcher {

  private final PassageIndex index;
  private final PassageQuery queries;
  private final Ranking ranking;
  private final SpecialCaseDocs specialCases = new SpecialCaseDocs();
  private final StoredPassages stored = new StoredPassages();
  private final ClauseScores clauseScores = new ClauseScores();
  private final MemberQuestionHits memberQuestions = new MemberQuestionHits();
  private final PerReader<TermDocs> termDocs = new PerReader<>(TermDocs::new);

  public PassageSearcher(PassageIndex index, VietnameseAnalysis analysis, Ranking ranking) {
    this.index = index;
    this.queries = new PassageQuery(analysis);
    this.ranking = ranking;
  }

  /** The {@code n} best BM25 candidates for {@code question}, measured, best prior first. */
  public SearchResult search(String question, int n) {
    try {
      IndexSearcher searcher = index.acquire();
      try {
        TermDocs terms = termDocs.of(searcher.getIndexReader());
        return search(searcher, terms, queries.build(question, terms), question, n);
      } finally {
        index.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchResult search(
      IndexSearcher searcher, TermDocs terms, PassageQuery.Built built, String question, int n)
      throws IOException {
    Map<String, Double> termWeights =
        termWeights(terms, built.words(), IndexFields.TEXT_FOLDED, -1);
    List<Query> wordsAndCodes = new ArrayList<>(built.words());
    wordsAndCodes.addAll(built.codes());
    List<Double> weights =
        new ArrayList<>(Coverage.unitWeights(built.words(), termWeights, IndexFields.TEXT_FOLDED));
    weights.addAll(
        Coverage.unitWeights(
            built.codes(),
            termWeights(terms, built.codes(), IndexFields.CODES, -1),
            IndexFields.CODES));
    Coverage words = new Coverage(wordsAndCodes, weights);
    Coverage bigrams = pairCoverage(terms, built.bigrams(), IndexFields.TEXT_BIGRAMS);
    Coverage headings = wordCoverage(built.headingWords(), termWeights, IndexFields.HEAD_FOLDED);
    Coverage articleWords =
        wordCoverage(built.articleWords(), termWeights, IndexFields.ARTICLE_FOLDED);
    Coverage articleBigrams =
        pairCoverage(terms, built.articleBigrams(), IndexFields.ARTICLE_BIGRAMS);
    MemberQuestionHits.Found members =
        memberQuestions.find(
            searcher,
            terms,
            clauseScores,
            built.memberQuestions(),
            wordCoverage(built.memberWords(), termWeights, IndexFields.QUESTION_FOLDED));
    ScoreDoc[] hits =
        clauseScores.top(
            searcher, built.query(), n, memberQuestions.passages(searcher, stored, members));
    int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
    DocMatches matches = new DocMatches(terms, docs);
    Coverage.Shares wordShares = words.shares(matches);
    double[] wordShare = wordShares.share();
    double[] bigramShare = bigrams.of(matches);
    double[] headingShare = headings.of(matches);
    Coverage.Shares articleWordShares = articleWords.shares(matches);
    double[] articleWordShare = articleWordShares.share();
    double unseen = idf(Math.max(1, terms.numDocs()), 0);
    double[] articleBigramShare = articleBigrams.of(matches);
    boolean[] specialCase = specialCases.anyOf(searcher, SpecialCases.notAskedIn(question), docs);
    YearCheck years = new YearCheck(question);
    Optional<String> defined = DefinitionAsked.term(question);
    List<Candidate> found = new ArrayList<>(docs.length);
    for (int i : StoredPassages.inDocOrder(docs)) {
      StoredPassages.Stored doc = stored.get(searcher, hits[i].doc);
      boolean asked =
          built.roles().stream().anyMatch(role -> doc.roles().contains(role.name()))
              || defined.filter(term -> DefinitionAsked.defines(doc.text(), term)).isPresent();
      boolean otherYear = years.conflicts(doc.years());
      double bigramShareOrWords = bigrams.isEmpty() ? wordShare[i] : bigramShare[i];
      boolean inArticle = doc.inArticle();
      String place = inArticle ? doc.article() : doc.section();
      MemberQuestionHits.Likeness member = members.of(doc.docId(), place, doc.clause());
      Features features =
          new Features(
              hits[i].score,
              wordShare[i],
              bigramShareOrWords,
              inArticle ? articleWordShare[i] : wordShare[i],
              inArticle && !articleBigrams.isEmpty() ? articleBigramShare[i] : bigramShareOrWords,
              (inArticle
                      ? Math.min(wordShares.missing()[i], articleWordShares.missing()[i])
                      : wordShares.missing()[i])
                  / unseen,
              headingShare[i],
              specialCase[i],
              asked,
              otherYear,
              doc.refers(),
              member.score(),
              member.words(),
              members.ofKhoan(doc.docId(), place, doc.clause()).score(),
              !memberQuestions.written(searcher, doc.docId()));
      found.add(candidate(doc, features));
    }
    return new SearchResult(ranking.byPrior(found), termWeights, built.roles());
  }

  /** The share of {@code units} of {@code field}, each weighed by its rarest term's rarity. */
  private static Coverage wordCoverage(
      List<Query> units, Map<String, Double> termWeights, String field) {
    return new Coverage(units, Coverage.unitWeights(units, termWeights, field));
  }

  /** The share of the word pairs {@code units}: a pair no passage holds weighs nothing. */
  private static Coverage pairCoverage(TermDocs terms, List<Query> units, String field) {
    return new Coverage(
        units, Coverage.unitWeights(units, termWeights(terms, units, field, 0), field));
  }

  private static Candidate candidate(StoredPassages.Stored doc, Features features) {
    return new Candidate(
        doc.docId(),
        doc.ordinal(),
        doc.section(),
        doc.clause(),
        doc.heading(),
        doc.text(),
        features);
  }

  /** BM25's idf of a term {@code df} of {@code docs} documents hold. */
  private static double idf(int docs, int df) {
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  /**
   * Rarity (BM25 idf) of every term of {@code field} in the units; a term no passage holds weighs
   * {@code unseen} if that is not negative, else the rarity of a term one passage holds.
   */
  private static Map<String, Double> termWeights(
      TermDocs terms, List<Query> units, String field, double unseen) {
    Map<String, Double> weights = new HashMap<>();
    int docs = Math.max(1, terms.numDocs());
    for (Query unit : units) {
      for (Term term : Coverage.termsOf(unit, field)) {
        int df = terms.docFreq(term);
        weights.put(term.text(), df == 0 && unseen >= 0 ? unseen : idf(docs, df));
      }
    }
    return weights;
  }
}
