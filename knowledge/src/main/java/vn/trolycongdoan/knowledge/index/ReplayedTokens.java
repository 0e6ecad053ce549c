package vn.trolycongdoan.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms of a text analysed once, replayed as a fresh token stream for each passage that repeats
 * the text (a document's title and number stand on every one of its passages). Offsets are not
 * kept: the fields fed this way store no offsets. Immutable; each {@link #stream} is for one field
 * of one document.
 */
final class ReplayedTokens {

  private final List<String> terms = new ArrayList<>();
  private final List<Integer> increments = new ArrayList<>();

  ReplayedTokens(Analyzer analyzer, String field, String text) {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
        increments.add(increment.getPositionIncrement());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TokenStream stream() {
    return new TokenStream() {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private final PositionIncrementAttribute increment =
          addAttribute(PositionIncrementAttribute.class);
      private int next;

      @Override
      public boolean incrementToken() {
        if (next == terms.size()) {
          return false;
        }
        clearAttributes();
        term.setEmpty().append(terms.get(next));
        increment.setPositionIncrement(increments.get(next));
        next++;
        return true;
      }

      @Override
      public void reset() throws IOException {
        super.reset();
        next = 0;
      }
    };
  }
}
