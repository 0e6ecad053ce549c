package vn.trolycongdoan.knowledge.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import vn.trolycongdoan.knowledge.analysis.VietnameseAnalysis;

/**
 * The Lucene fields of the index. Each passage is one Lucene document of type {@link #PASSAGE};
 * each source document adds one record of type {@link #DOCUMENT} holding its metadata, outline and
 * cleaned text.
 */
public final class IndexFields {

  /** Bump when the fields or their analysis change: an index of another version is rebuilt. */
  public static final String SCHEMA = "12";

  public static final String TYPE = "type";
  public static final String PASSAGE = "passage";
  public static final String DOCUMENT = "document";

  /**
   * A member question written for an article ({@link
   * vn.trolycongdoan.knowledge.ingest.MemberQuestions}): {@link #DOC_ID}, {@link #ARTICLE} (an
   * article number, or a section label in a document without articles) and {@link #CLAUSE} name
   * what answers it, {@link #QUESTION_FOLDED} and {@link #QUESTION_BIGRAMS} hold its words.
   * Searched apart from the passages, which have none of its fields.
   */
  public static final String QUESTION = "question";

  public static final String DOC_ID = "doc_id";
  public static final String ORDINAL = "ordinal";

  /**
   * A passage's heading path as cited ({@code II › 1 › 1.6}). Indexed as one term and stored: a
   * member question written for a section of a plan names it so.
   */
  public static final String SECTION = "section";

  public static final String HEADING = "heading";
  public static final String RECORD = "record";
  public static final String BODY = "body";

  /**
   * Passage text as written; stored only (it is the hit's text), searched through the fields below.
   */
  public static final String TEXT = "text";

  /** Passage text folded: no diacritics, so accented and unaccented questions match alike. */
  public static final String TEXT_FOLDED = "text_folded";

  public static final String TEXT_BIGRAMS = "text_bigrams";

  /** Document numbers, dates, amounts and percentages of the passage text and of its headings. */
  public static final String CODES = "codes";

  /** Heading line and the titles of the headings above it, folded. */
  public static final String HEAD_FOLDED = "head_folded";

  /** The document's kind, number, title and issuer, repeated on each of its passages. */
  public static final String DOC_FOLDED = "doc_folded";

  public static final String DOC_CODES = "doc_codes";
  public static final String DOC_BIGRAMS = "doc_bigrams";

  /**
   * The khoản of a law's article a passage holds, as numbered ({@code 1}, {@code 2a}); empty for an
   * article's text before its first khoản and for every other passage. Indexed as one term and
   * stored, so {@code khoản 1} can be filtered by a term query.
   */
  public static final String CLAUSE = "clause";

  /**
   * The article number of a law's passage, from the last {@code Điều N} of its section ({@code
   * 139}, {@code 4a}); empty for a passage outside any article (a plan, a preamble, an appendix).
   * Indexed as one term and stored: with {@link #DOC_ID} and {@link #CLAUSE}, term queries find
   * {@code Điều 139, khoản 1} of one document.
   */
  public static final String ARTICLE = "article";

  /**
   * The whole article a law passage (one khoản) belongs to, heading line included, folded: a
   * question is measured against the article as well as the khoản. Absent on plan passages.
   */
  public static final String ARTICLE_FOLDED = "article_folded";

  public static final String ARTICLE_BIGRAMS = "article_bigrams";

  /** A member question's words, folded. */
  public static final String QUESTION_FOLDED = "question_folded";

  public static final String QUESTION_BIGRAMS = "question_bigrams";

  /** The {@link PassageRole}s of a passage, by name. Stored. */
  public static final String ROLE = "role";

  private IndexFields() {}

  /** The analyzer each field is indexed with. */
  public static Analyzer indexAnalyzer(VietnameseAnalysis analysis) {
    return new PerFieldAnalyzerWrapper(
        analysis.folded(),
        Map.of(
            TEXT_BIGRAMS, analysis.bigrams(),
            DOC_BIGRAMS, analysis.bigrams(),
            ARTICLE_BIGRAMS, analysis.bigrams(),
            QUESTION_BIGRAMS, analysis.bigrams(),
            CODES, analysis.codes(),
            DOC_CODES, analysis.codes()));
  }
}
