package vn.trolycongdoan.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * Removes the words that make a sentence a question ("bao nhiêu", "là gì", "mấy", "ai"…) so that
 * only the words a passage can contain are searched. A word typed with diacritics must match them
 * ("máy" is not "mấy"); a word typed without matches any accented form. Everything else is kept as
 * typed.
 */
final class QuestionWords {

  /** Question phrases, normalised, longest first. */
  private static final List<Phrase> PHRASES =
      phrases(
          "như thế nào",
          "là bao nhiêu",
          "bao nhiêu",
          "bao lâu",
          "là gì",
          "là ai",
          "thế nào",
          "ra sao",
          "khi nào",
          "lúc nào",
          "ở đâu",
          "tại sao",
          "vì sao",
          "có phải",
          "phải không",
          "hay không",
          "được không",
          "có không",
          "mấy",
          "gì",
          "nào",
          "ai",
          "đâu",
          "không",
          "hả",
          "ạ",
          "vậy",
          "nhỉ",
          "cho hỏi",
          "xin hỏi",
          "cho tôi hỏi",
          "tôi muốn hỏi",
          "hỏi");

  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}“”‘’…]+");

  private QuestionWords() {}

  /** The question without its question words; the question itself if nothing else would remain. */
  static String strip(String question) {
    String[] words = question.trim().split("\\s+");
    Typed[] typed = new Typed[words.length];
    for (int i = 0; i < words.length; i++) {
      typed[i] = Typed.of(words[i]);
    }
    List<String> kept = new ArrayList<>(words.length);
    int i = 0;
    while (i < words.length) {
      int matched = matchAt(typed, i);
      if (matched == 0) {
        kept.add(words[i]);
        i++;
      } else {
        i += matched;
      }
    }
    return kept.isEmpty() ? question : String.join(" ", kept);
  }

  /** A typed word, normalised, and whether it was typed without diacritics. */
  private record Typed(String normalized, boolean bare) {

    static Typed of(String word) {
      String normalized = VietnameseText.normalize(PUNCTUATION.matcher(word).replaceAll(""));
      return new Typed(normalized, VietnameseText.fold(normalized).equals(normalized));
    }

    boolean is(Phrase.Word word) {
      return bare ? normalized.equals(word.folded()) : normalized.equals(word.normalized());
    }
  }

  /** A question phrase, word by word, normalised and folded. */
  private record Phrase(List<Word> words) {

    record Word(String normalized, String folded) {}

    static Phrase of(String phrase) {
      List<Word> words = new ArrayList<>();
      for (String word : VietnameseText.normalize(phrase).split(" ")) {
        words.add(new Word(word, VietnameseText.fold(word)));
      }
      return new Phrase(List.copyOf(words));
    }
  }

  private static int matchAt(Typed[] typed, int at) {
    for (Phrase phrase : PHRASES) {
      if (at + phrase.words().size() <= typed.length && matches(typed, at, phrase)) {
        return phrase.words().size();
      }
    }
    return 0;
  }

  private static boolean matches(Typed[] typed, int at, Phrase phrase) {
    for (int j = 0; j < phrase.words().size(); j++) {
      if (!typed[at + j].is(phrase.words().get(j))) {
        return false;
      }
    }
    return true;
  }

  private static List<Phrase> phrases(String... phrases) {
    List<Phrase> parsed = new ArrayList<>();
    for (String phrase : phrases) {
      parsed.add(Phrase.of(phrase));
    }
    parsed.sort((a, b) -> b.words().size() - a.words().size());
    return List.copyOf(parsed);
  }
}
