package vn.trolycongdoan.knowledge.analysis;

import java.io.Closeable;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzers for Vietnamese union documents and the questions asked about them.
 *
 * <p>Every analyzer is an ordinary Lucene {@link Analyzer}: safe to share between threads (each
 * thread reuses its own token streams), offsets always point into the original text, and every term
 * is folded ({@link VietnameseText#fold}). Syllables are split with ICU word breaking. All
 * analyzers serve index and query alike except {@link #foldedQuery()}, which adds query-time
 * synonym expansion as a token graph (for {@code QueryBuilder}-style query parsing, not for
 * indexing). {@link #close()} releases the per-thread resources of all analyzers.
 */
public final class VietnameseAnalysis implements Closeable {
  private final Analyzer folded;
  private final Analyzer foldedQuery;
  private final Analyzer bigrams = new SyllableBigramAnalyzer();
  private final Analyzer codes = new CodeAnalyzer();

  private VietnameseAnalysis(Analyzer folded, Analyzer foldedQuery) {
    this.folded = folded;
    this.foldedQuery = foldedQuery;
  }

  /**
   * Builds all analyzers.
   *
   * @param solrSynonyms synonym rules in Solr format: {@code a, b, c} lines are equivalences
   *     expanded every way, {@code a => b} lines one-way mappings, {@code #} lines comments; terms
   *     may be typed in any case, accented or not
   * @throws IllegalArgumentException naming the line number and text of a malformed rule
   * @throws NullPointerException if {@code solrSynonyms} is null
   */
  public static VietnameseAnalysis create(String solrSynonyms) {
    Objects.requireNonNull(solrSynonyms, "solrSynonyms");
    Analyzer folded = new SyllableAnalyzer(null);
    SynonymMap synonyms = SynonymRules.parse(solrSynonyms, folded);
    return new VietnameseAnalysis(folded, new SyllableAnalyzer(synonyms));
  }

  /** Index and query: syllables, folded ({@link VietnameseText#fold}), no diacritics. */
  public Analyzer folded() {
    return folded;
  }

  /** Query: {@link #folded()} plus synonyms, matched and expanded in folded form. */
  public Analyzer foldedQuery() {
    return foldedQuery;
  }

  /**
   * Index and query: pairs of adjacent folded syllables only ("người lao động" → "nguoi lao", "lao
   * dong"), never across clause punctuation or line breaks; a single syllable gives no token.
   */
  public Analyzer bigrams() {
    return bigrams;
  }

  /**
   * Index and query: only code-like tokens, each one folded token spanning the whole code, with
   * variants stacked on the same position; plain words give no token.
   *
   * <ul>
   *   <li>Document numbers: {@code "Số: 38/KH-LĐLĐ"} → {@code 38/kh-ldld}, {@code 38/kh/ldld}
   *       (slashes only, no leading zeros) and {@code 38/kh}; a reference in words such as {@code
   *       "Kế hoạch số 38"} → {@code 38/kh}.
   *   <li>Dates: {@code "ngày 08 tháng 8 năm 2024"}, {@code "08/8/2024"} → {@code 8/8/2024}; {@code
   *       "20/6"} → {@code 20/6}. Year ranges: {@code "2023 - 2028"} → {@code 2023-2028}.
   *   <li>Amounts: {@code "18.000đ/bữa"}, {@code "18000 đồng"}, {@code "18.000 VNĐ"} → {@code
   *       18000d} and {@code 18000}; {@code "16,5 triệu"} → {@code 16500000}.
   *   <li>Percentages: {@code "2,25%"} → {@code 2,25%}; {@code "100 phần trăm"} → {@code 100%}.
   *   <li>Numbers with thousand dots or of four digits or more: {@code "24.500"} → {@code 24500},
   *       {@code "2025"} → {@code 2025}.
   * </ul>
   */
  public Analyzer codes() {
    return codes;
  }

  @Override
  public void close() {
    folded.close();
    foldedQuery.close();
    bigrams.close();
    codes.close();
  }
}
