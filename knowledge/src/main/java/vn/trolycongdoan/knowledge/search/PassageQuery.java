package vn.trolycongdoan.knowledge.search;

import static vn.trolycongdoan.knowledge.index.IndexFields.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Builds the Lucene query for a question: BM25 over several fields with per-field weights (folded
 * text, syllable bigrams for proximity, codes, headings, document metadata), and the question's
 * units (one per searched word, code or pair of words) used to measure how much of the question a
 * passage covers. All text fields are folded: an accented field scored accented questions apart
 * from unaccented ones and lowered hit@1 on the dev questions (0.92 against 0.96 without it).
 *
 * <p>Thread-safe: holds only analyzers.
 */
final class PassageQuery {

  /**
   * Field weights, chosen by the dev-question evaluation (see README, "Search quality"), in a fixed
   * order so that clause scores are added in the same order in every run ({@code Map.of} iterates
   * in an order that changes from one JVM to the next, and float sums with it).
   */
  private static final Map<String, Float> WEIGHTS = weights();

  private static Map<String, Float> weights() {
    Map<String, Float> weights = new LinkedHashMap<>();
    weights.put(TEXT_FOLDED, 1.0f);
    weights.put(TEXT_BIGRAMS, 1.2f);
    weights.put(CODES, 2.0f);
    weights.put(HEAD_FOLDED, 0.3f);
    weights.put(DOC_FOLDED, 0.3f);
    weights.put(DOC_CODES, 1.0f);
    weights.put(ARTICLE_FOLDED, 0.5f);
    weights.put(ARTICLE_BIGRAMS, 0.5f);
    return Collections.unmodifiableMap(weights);
  }

  /**
   * Weight of holding what the question asks for (a signature, a date), enough to make it a
   * candidate.
   */
  private static final float ROLE_WEIGHT = 5.0f;

  /** Share of the member questions above which a word is too common to score them by. */
  private static final double COMMON_MEMBER_SHARE = 0.2;

  /** Share of passages above which a word is too common to score. */
  private static final double COMMON_SHARE = 0.5;

  /** Fields a word of the question may be found in to count as covered. */
  private static final List<String> WORD_FIELDS = List.of(TEXT_FOLDED, HEAD_FOLDED, DOC_FOLDED);

  /**
   * Fields a document number, date or amount of the question may be found in to count as covered.
   */
  private static final List<String> CODE_FIELDS = List.of(CODES, DOC_CODES);

  /** Fields a pair of neighbouring words may be found in to count as covered. */
  private static final List<String> BIGRAM_FIELDS = List.of(TEXT_BIGRAMS, DOC_BIGRAMS);

  /**
   * The most units (words, pairs, codes) of one analysis a question is searched by; the rest are
   * left out. Member questions have a few dozen at most; a question of hundreds of emoji or words
   * would otherwise exceed Lucene's clause limit (1,024) across the scored fields.
   */
  static final int MAX_UNITS = 64;

  private final QueryBuilder folded;
  private final QueryBuilder bigrams;
  private final QueryBuilder codes;

  PassageQuery(VietnameseAnalysis analysis) {
    this.folded = new QueryBuilder(analysis.foldedQuery());
    this.bigrams = new QueryBuilder(analysis.bigrams());
    this.codes = new QueryBuilder(analysis.codes());
  }

  /**
   * A question ready to run: the scoring query; its word units (one per searched word or
   * abbreviation, matched in any folded field), code units (numbers, dates, amounts) and bigram
   * units (one per pair of neighbouring words); the word units aimed at headings only, and the word
   * and pair units aimed at a law passage's whole article; and the roles it asks for.
   */
  record Built(
      Query query,
      List<Query> words,
      List<Query> codes,
      List<Query> bigrams,
      List<Query> headingWords,
      List<Query> articleWords,
      List<Query> articleBigrams,
      Set<PassageRole> roles,
      Query memberQuestions,
      List<Query> memberWords) {}

  /**
   * Builds the query for {@code question} against the index reader of {@code terms}. Words found in
   * more than {@link #COMMON_SHARE} of the passages ("công", "đoàn", "và") are left out of the
   * scoring when a rarer clause remains: they cost the most to score and tell the least; they still
   * count for coverage. A question of common words only is scored on all of them.
   */
  Built build(String question, TermDocs terms) {
    QuestionIntent.Reading reading = QuestionIntent.read(question);
    String words = QuestionWords.strip(reading.words());
    int common = (int) (terms.numDocs() * COMMON_SHARE);
    Map<String, List<Query>> perField = new HashMap<>();
    analyze(
        perField,
        folded,
        withAlso(WORD_FIELDS, ARTICLE_FOLDED, QUESTION_FOLDED),
        QuestionWords.content(words));
    analyze(perField, bigrams, withAlso(BIGRAM_FIELDS, ARTICLE_BIGRAMS, QUESTION_BIGRAMS), words);
    analyze(perField, codes, CODE_FIELDS, question);
    // One flat disjunction, so Lucene can skip passages that cannot make the top. Only passages
    // have the searched fields, so document records never match and need no filter.
    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    Map<String, List<Query>> scored = rare(perField, terms, common);
    for (Map.Entry<String, Float> weight : WEIGHTS.entrySet()) {
      for (Query clause : scored.get(weight.getKey())) {
        scoring.add(new BoostQuery(clause, weight.getValue()), Occur.SHOULD);
      }
    }
    for (PassageRole role : reading.roles()) {
      scoring.add(
          new BoostQuery(new TermQuery(new Term(ROLE, role.name())), ROLE_WEIGHT), Occur.SHOULD);
    }
    scoring.setMinimumNumberShouldMatch(1);
    boolean[] numbers = numbers(perField.get(TEXT_FOLDED));
    return new Built(
        scoring.build(),
        withoutNumbers(units(perField, WORD_FIELDS), numbers),
        units(perField, CODE_FIELDS),
        units(perField, BIGRAM_FIELDS),
        withoutNumbers(units(perField, List.of(HEAD_FOLDED)), numbers),
        withoutNumbers(units(perField, List.of(ARTICLE_FOLDED)), numbers),
        units(perField, List.of(ARTICLE_BIGRAMS)),
        reading.roles(),
        memberQuestions(perField, terms),
        withoutNumbers(units(perField, List.of(QUESTION_FOLDED)), numbers));
  }

  /**
   * Every word and pair of the question, each scored in the member questions that hold it, but the
   * words more than {@link #COMMON_MEMBER_SHARE} of them hold ("được", "có", "công ty"): they cost
   * the most to add up and tell the least. A question of such words only is scored on all of them.
   */
  private static Query memberQuestions(Map<String, List<Query>> perField, TermDocs terms) {
    // A few dozen member questions (a test, an operator's first file) share every word: all count.
    int common = Math.max(50, (int) (terms.memberQuestions() * COMMON_MEMBER_SHARE));
    List<Query> rare = new ArrayList<>();
    List<Query> all = new ArrayList<>();
    for (String field : List.of(QUESTION_FOLDED, QUESTION_BIGRAMS)) {
      for (Query clause : perField.get(field)) {
        all.add(clause);
        if (!(clause instanceof TermQuery term) || terms.docFreq(term.getTerm()) <= common) {
          rare.add(clause);
        }
      }
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    (rare.isEmpty() ? all : rare).forEach(clause -> query.add(clause, Occur.SHOULD));
    return query.build();
  }

  /**
   * Analyses {@code text} once and puts the same clauses, aimed at each of {@code fields}, in the
   * map.
   */
  private static void analyze(
      Map<String, List<Query>> perField, QueryBuilder analysis, List<String> fields, String text) {
    List<Query> clauses = clauses(analysis.createBooleanQuery(fields.get(0), text));
    for (String field : fields) {
      perField.put(field, clauses.stream().map(clause -> FieldRetarget.to(clause, field)).toList());
    }
  }

  /**
   * The scored fields' clauses without single terms that more than {@code common} passages contain;
   * all of them when that would leave no clause in any field.
   */
  private static Map<String, List<Query>> rare(
      Map<String, List<Query>> perField, TermDocs terms, int common) {
    Map<String, List<Query>> rare = new HashMap<>();
    boolean any = false;
    for (String field : WEIGHTS.keySet()) {
      List<Query> kept = new ArrayList<>();
      for (Query clause : perField.get(field)) {
        int df = clause instanceof TermQuery term ? terms.docFreq(term.getTerm()) : -1;
        if (df <= common) {
          kept.add(clause);
          any |= df != 0;
        }
      }
      rare.put(field, kept);
    }
    if (!any) {
      WEIGHTS.keySet().forEach(field -> rare.put(field, perField.get(field)));
    }
    return rare;
  }

  private static List<String> withAlso(List<String> fields, String... also) {
    List<String> all = new ArrayList<>(fields);
    all.addAll(List.of(also));
    return all;
  }

  /**
   * Which of the word clauses hold a number. The word fields share one analysis, so the i-th word
   * unit of every one of them holds the terms of the i-th clause.
   */
  private static boolean[] numbers(List<Query> wordClauses) {
    boolean[] numbers = new boolean[wordClauses.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] =
          Coverage.termsOf(wordClauses.get(i), TEXT_FOLDED).stream()
              .anyMatch(PassageQuery::isNumber);
    }
    return numbers;
  }

  /** The word units whose clause holds no number ({@link #numbers}). */
  private static List<Query> withoutNumbers(List<Query> units, boolean[] numbers) {
    List<Query> kept = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      if (!numbers[i]) {
        kept.add(units.get(i));
      }
    }
    return kept;
  }

  /** Numbers count through the codes (amounts, dates, document numbers), not as words. */
  private static boolean isNumber(Term term) {
    return term.text().chars().anyMatch(Character::isDigit);
  }

  /**
   * One query per unit of the question, matching the unit in any of {@code fields}. The analysis is
   * the same for every field, so the i-th clause of each field's query is the same unit.
   */
  private static List<Query> units(Map<String, List<Query>> perField, List<String> fields) {
    List<Query> units = new ArrayList<>();
    for (int i = 0; i < perField.get(fields.get(0)).size(); i++) {
      BooleanQuery.Builder unit = new BooleanQuery.Builder();
      for (String field : fields) {
        unit.add(perField.get(field).get(i), Occur.SHOULD);
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
      return bool.clauses().stream().map(BooleanClause::getQuery).limit(MAX_UNITS).toList();
    }
    return List.of(query);
  }
}
