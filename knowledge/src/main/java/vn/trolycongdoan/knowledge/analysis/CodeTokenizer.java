package vn.trolycongdoan.knowledge.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits the codes {@link CodeFinder} finds in the whole input, which it reads at {@link #reset()}.
 * The primary form of a code advances the position; its variants are stacked on the same position
 * with the same offsets.
 */
final class CodeTokenizer extends Tokenizer {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final char[] buffer = new char[8192];
  private List<CodeFinder.Code> codes = List.of();
  private int codeIndex;
  private int formIndex;
  private int finalOffset;

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (codeIndex < codes.size()) {
      CodeFinder.Code code = codes.get(codeIndex);
      if (formIndex < code.forms().size()) {
        term.append(code.forms().get(formIndex));
        offset.setOffset(correctOffset(code.start()), correctOffset(code.end()));
        increment.setPositionIncrement(formIndex == 0 ? 1 : 0);
        formIndex++;
        return true;
      }
      codeIndex++;
      formIndex = 0;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder text = new StringBuilder();
    for (int read = input.read(buffer); read != -1; read = input.read(buffer)) {
      text.append(buffer, 0, read);
    }
    codes = CodeFinder.find(text.toString());
    codeIndex = 0;
    formIndex = 0;
    finalOffset = correctOffset(text.length());
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    codes = List.of();
  }
}
