package vn.trolycongdoan.knowledge.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * One token per syllable: {@link ICUTokenizer}, then a per-term filter (normalization or folding),
 * then, for query analyzers, a {@link SynonymGraphFilter}.
 */
final class SyllableAnalyzer extends Analyzer {
  private final UnaryOperator<TokenStream> termFilter;
  private final SynonymMap synonyms;

  /**
   * @param termFilter wraps a stream in a new per-term filter
   * @param synonyms synonyms to expand, or {@code null} for none
   */
  SyllableAnalyzer(UnaryOperator<TokenStream> termFilter, SynonymMap synonyms) {
    this.termFilter = termFilter;
    this.synonyms = synonyms == null || synonyms.fst == null ? null : synonyms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new ICUTokenizer();
    TokenStream result = termFilter.apply(source);
    if (synonyms != null) {
      result = new SynonymGraphFilter(result, synonyms, true);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return termFilter.apply(in);
  }
}
