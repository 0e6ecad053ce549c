package vn.trolycongdoan.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * Removes the words that make a sentence a question ("bao nhiêu", "là gì", "mấy", "ai"…) so that only the
 * words a passage can contain are searched. A word typed with diacritics must match them ("máy" is not
 * "mấy"); a word typed without matches any accented form. Everything else is kept as typed.
 */
final class QuestionWords {

  /** Question phrases, normalised, longest first. */
  private static final List<List<String>> PHRASES = phrases(
      "như thế nào", "là bao nhiêu", "bao nhiêu", "bao lâu", "là gì", "là ai", "thế nào", "ra sao",
      "khi nào", "lúc nào", "ở đâu", "tại sao", "vì sao", "có phải", "phải không", "hay không",
      "được không", "có không", "mấy", "gì", "nào", "ai", "đâu", "không", "hả", "ạ", "vậy", "nhỉ",
      "cho hỏi", "xin hỏi", "cho tôi hỏi", "tôi muốn hỏi", "hỏi");

  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}“”‘’…]+");

  private QuestionWords() {}

  /** The question without its question words; the question itself if nothing else would remain. */
  static String strip(String question) {
    String[] words = question.trim().split("\\s+");
    List<String> kept = new ArrayList<>(words.length);
    int i = 0;
    while (i < words.length) {
      int matched = matchAt(words, i);
      if (matched == 0) {
        kept.add(words[i]);
        i++;
      } else {
        i += matched;
      }
    }
    return kept.isEmpty() ? question : String.join(" ", kept);
  }

  private static int matchAt(String[] words, int at) {
    for (List<String> phrase : PHRASES) {
      if (at + phrase.size() <= words.length && matches(words, at, phrase)) {
        return phrase.size();
      }
    }
    return 0;
  }

  private static boolean matches(String[] words, int at, List<String> phrase) {
    for (int j = 0; j < phrase.size(); j++) {
      if (!sameWord(words[at + j], phrase.get(j))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameWord(String typed, String questionWord) {
    String word = VietnameseText.normalize(PUNCTUATION.matcher(typed).replaceAll(""));
    String folded = VietnameseText.fold(word);
    return folded.equals(word)
        ? folded.equals(VietnameseText.fold(questionWord))
        : word.equals(questionWord);
  }

  private static List<List<String>> phrases(String... phrases) {
    List<List<String>> normalized = new ArrayList<>();
    for (String phrase : phrases) {
      normalized.add(List.of(VietnameseText.normalize(phrase).split(" ")));
    }
    normalized.sort((a, b) -> b.size() - a.size());
    return List.copyOf(normalized);
  }
}
