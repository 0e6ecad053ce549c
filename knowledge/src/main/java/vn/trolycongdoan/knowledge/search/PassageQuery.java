package vn.trolycongdoan.knowledge.search;

import static vn.trolycongdoan.knowledge.index.IndexFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;
import vn.trolycongdoan.knowledge.index.PassageRole;

/**
 * Builds the Lucene query for a question: BM25 over several fields with per-field weights (accented and
 * folded text, syllable bigrams for proximity, headings, document codes and metadata), and the question's
 * units (one per searched word or abbreviation) used to measure how much of the question a passage covers.
 *
 * <p>Thread-safe: holds only analyzers.
 */
final class PassageQuery {

  /** Field weights, chosen by the dev-question evaluation (see README, "Search quality"). */
  static final float TEXT_WEIGHT = 1.0f;
  static final float FOLDED_WEIGHT = 0.6f;
  static final float BIGRAM_WEIGHT = 1.2f;
  static final float CODES_WEIGHT = 2.0f;
  static final float HEAD_WEIGHT = 0.5f;
  static final float HEAD_FOLDED_WEIGHT = 0.3f;
  static final float DOC_WEIGHT = 0.3f;
  static final float DOC_CODES_WEIGHT = 1.0f;

  /** Fields a word of the question may be found in to count as covered. */
  private static final List<String> WORD_FIELDS = List.of(TEXT_FOLDED, HEAD_FOLDED, DOC_FOLDED);
  /** Fields a document number, date or amount of the question may be found in to count as covered. */
  private static final List<String> CODE_FIELDS = List.of(CODES, DOC_CODES);
  /** Fields a pair of neighbouring words may be found in to count as covered. */
  private static final List<String> BIGRAM_FIELDS = List.of(TEXT_BIGRAMS, DOC_BIGRAMS);

  private final QueryBuilder accented;
  private final QueryBuilder folded;
  private final QueryBuilder bigrams;
  private final QueryBuilder codes;

  PassageQuery(VietnameseAnalysis analysis) {
    this.accented = new QueryBuilder(analysis.accentedQuery());
    this.folded = new QueryBuilder(analysis.foldedQuery());
    this.bigrams = new QueryBuilder(analysis.bigrams());
    this.codes = new QueryBuilder(analysis.codes());
  }

  /**
   * A question ready to run: the scoring query, its word units (one per searched word or abbreviation, matched
   * in any folded field) and its bigram units (one per pair of neighbouring words, matched in the text).
   */
  record Built(Query query, List<Query> words, List<Query> codes, List<Query> bigrams, Set<PassageRole> roles) {}

  Built build(String question) {
    QuestionIntent.Reading reading = QuestionIntent.read(question);
    String words = QuestionWords.strip(reading.words());
    BooleanQuery.Builder scoring = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, PASSAGE)), Occur.FILTER);
    add(scoring, accented.createBooleanQuery(TEXT, words), TEXT_WEIGHT);
    add(scoring, folded.createBooleanQuery(TEXT_FOLDED, words), FOLDED_WEIGHT);
    add(scoring, bigrams.createBooleanQuery(TEXT_BIGRAMS, words), BIGRAM_WEIGHT);
    add(scoring, codes.createBooleanQuery(CODES, question), CODES_WEIGHT);
    add(scoring, accented.createBooleanQuery(HEAD, words), HEAD_WEIGHT);
    add(scoring, folded.createBooleanQuery(HEAD_FOLDED, words), HEAD_FOLDED_WEIGHT);
    add(scoring, folded.createBooleanQuery(DOC_FOLDED, words), DOC_WEIGHT);
    add(scoring, codes.createBooleanQuery(DOC_CODES, question), DOC_CODES_WEIGHT);
    scoring.setMinimumNumberShouldMatch(1);
    List<Query> wordUnits = units(folded, WORD_FIELDS, words).stream()
        .filter(unit -> Coverage.termsOf(unit, TEXT_FOLDED).stream().noneMatch(PassageQuery::isNumber))
        .toList();
    return new Built(scoring.build(), wordUnits, units(codes, CODE_FIELDS, question),
        units(bigrams, BIGRAM_FIELDS, words), reading.roles());
  }

  /** Numbers count through the codes (amounts, dates, document numbers), not as words. */
  private static boolean isNumber(Term term) {
    return term.text().chars().anyMatch(Character::isDigit);
  }

  private static void add(BooleanQuery.Builder builder, Query query, float weight) {
    if (query != null) {
      builder.add(new BoostQuery(query, weight), Occur.SHOULD);
    }
  }

  /**
   * One query per unit of the question, matching the unit in any of {@code fields}. The analysis is the same
   * for every field, so the i-th clause of each field's query is the same unit; weights come from the first.
   */
  private static List<Query> units(QueryBuilder analysis, List<String> fields, String words) {
    List<List<Query>> perField = new ArrayList<>();
    for (String field : fields) {
      perField.add(clauses(analysis.createBooleanQuery(field, words)));
    }
    List<Query> units = new ArrayList<>();
    for (int i = 0; i < perField.get(0).size(); i++) {
      BooleanQuery.Builder unit = new BooleanQuery.Builder();
      for (List<Query> clauses : perField) {
        unit.add(clauses.get(i), Occur.SHOULD);
      }
      units.add(unit.build());
    }
    return units;
  }

  private static List<Query> clauses(Query query) {
    if (query == null) {
      return List.of();
    }
    if (query instanceof BooleanQuery bool) {
      return bool.clauses().stream().map(BooleanClause::getQuery).toList();
    }
    return List.of(query);
  }
}
