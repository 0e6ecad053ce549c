package vn.trolycongdoan.knowledge.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.BitSet;
import org.apache.lucene.analysis.CharFilter;

/**
 * Remembers where clause punctuation occurs in the text a tokenizer reads, so that a later filter
 * can tell whether two tokens are separated by more than spaces. One instance serves one chain of
 * token stream components (one thread); {@link #track(Reader)} starts over for each new text.
 */
final class ClauseBreaks {
  /** Characters that end a clause, sentence, heading or line. Hyphen and slash do not. */
  private static final String BREAK_CHARS = ".,;:!?…()[]{}\"“”«»–—•|\n\r\t";

  private final BitSet positions = new BitSet();

  /** Returns a reader that passes {@code input} through unchanged while recording breaks. */
  Reader track(Reader input) {
    positions.clear();
    return new Recorder(input);
  }

  /** Whether a break character was read at an offset in {@code [from, to)}. */
  boolean between(int from, int to) {
    int next = positions.nextSetBit(Math.max(from, 0));
    return next >= 0 && next < to;
  }

  private final class Recorder extends CharFilter {
    private int offset;

    Recorder(Reader input) {
      super(input);
    }

    @Override
    public int read(char[] buffer, int start, int length) throws IOException {
      int read = input.read(buffer, start, length);
      for (int i = 0; i < read; i++) {
        if (BREAK_CHARS.indexOf(buffer[start + i]) >= 0) {
          positions.set(offset + i);
        }
      }
      offset += Math.max(read, 0);
      return read;
    }

    @Override
    protected int correct(int currentOff) {
      return currentOff;
    }
  }
}
