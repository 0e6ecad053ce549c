package vn.trolycongdoan.knowledge.analysis;

import org.apache.lucene.analysis.Analyzer;

/** Only code-like tokens, each one folded token: see {@link CodeForms}. */
final class CodeAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new CodeTokenizer());
  }
}
