package vn.trolycongdoan.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of a phrase to find in questions (a paraphrase rule's member phrase, a question word),
 * normalised and folded; {@link QuestionWord#is} compares a typed word with it.
 */
public record PhraseWord(String normalized, String folded) {

  /** The words of {@code phrase}, split as {@link QuestionWord#split} splits a question. */
  public static List<PhraseWord> of(String phrase) {
    List<PhraseWord> words = new ArrayList<>();
    for (QuestionWord word : QuestionWord.split(phrase)) {
      String normalized = VietnameseText.normalize(phrase.substring(word.start(), word.end()));
      words.add(new PhraseWord(normalized, VietnameseText.fold(normalized)));
    }
    return List.copyOf(words);
  }
}
