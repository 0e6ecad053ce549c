package vn.trolycongdoan.knowledge.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each term by {@link VietnameseText#fold(String)}; offsets stay untouched. A term that
 * folds to nothing (a lone default-ignorable character such as U+115F) is dropped, its position
 * carried over to the next token.
 */
final class VietnameseFoldingFilter extends FilteringTokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  VietnameseFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    String folded = VietnameseText.fold(term.toString());
    term.setEmpty().append(folded);
    return !folded.isEmpty();
  }
}
