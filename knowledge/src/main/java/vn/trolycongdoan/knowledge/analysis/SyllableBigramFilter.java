package vn.trolycongdoan.knowledge.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces syllables by the pairs of adjacent syllables ("lao", "động" → "lao động"), dropping the
 * single syllables. Unlike {@code ShingleFilter}, a pair is never made across a position gap or a
 * clause break, so no filler tokens appear. Each pair sits at the position of its first syllable
 * and spans both syllables' offsets.
 */
final class SyllableBigramFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final ClauseBreaks breaks;
  private final StringBuilder previous = new StringBuilder();
  private int previousStart;
  private int previousEnd;
  private int previousPosition;
  private int position;
  private int emittedPosition;

  SyllableBigramFilter(TokenStream input, ClauseBreaks breaks) {
    super(input);
    this.breaks = breaks;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      position += increment.getPositionIncrement();
      String syllable = term.toString();
      int start = offset.startOffset();
      int end = offset.endOffset();
      boolean pairs =
          previous.length() > 0
              && position == previousPosition + 1
              && !breaks.between(previousEnd, start);
      if (pairs) {
        term.setEmpty().append(previous).append(' ').append(syllable);
        offset.setOffset(previousStart, end);
        increment.setPositionIncrement(previousPosition - emittedPosition);
        emittedPosition = previousPosition;
      }
      previous.setLength(0);
      previous.append(syllable);
      previousStart = start;
      previousEnd = end;
      previousPosition = position;
      if (pairs) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previous.setLength(0);
    position = -1;
    previousPosition = -1;
    emittedPosition = -1;
  }
}
