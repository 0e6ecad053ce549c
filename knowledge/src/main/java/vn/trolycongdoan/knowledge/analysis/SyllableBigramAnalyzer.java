package vn.trolycongdoan.knowledge.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Folded syllable pairs within clauses: {@link ICUTokenizer} → fold → {@link SyllableBigramFilter}.
 */
final class SyllableBigramAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    ClauseBreaks breaks = new ClauseBreaks();
    Tokenizer source = new ICUTokenizer();
    SyllableBigramFilter bigrams =
        new SyllableBigramFilter(new VietnameseFoldingFilter(source), breaks);
    return new TokenStreamComponents(reader -> source.setReader(breaks.track(reader)), bigrams);
  }
}
