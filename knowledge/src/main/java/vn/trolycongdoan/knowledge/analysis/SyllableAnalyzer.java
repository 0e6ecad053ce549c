package vn.trolycongdoan.knowledge.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * One folded token per syllable: {@link ICUTokenizer}, then {@link VietnameseFoldingFilter}, then,
 * for query analyzers, a {@link SynonymGraphFilter}.
 */
final class SyllableAnalyzer extends Analyzer {
  private final SynonymMap synonyms;

  /**
   * @param synonyms synonyms to expand, in folded form, or {@code null} for none
   */
  SyllableAnalyzer(SynonymMap synonyms) {
    this.synonyms = synonyms == null || synonyms.fst == null ? null : synonyms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new ICUTokenizer();
    TokenStream result = new VietnameseFoldingFilter(source);
    if (synonyms != null) {
      result = new SynonymGraphFilter(result, synonyms, true);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new VietnameseFoldingFilter(in);
  }
}
