package vn.trolycongdoan.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.analysis.PhraseWord;
import vn.trolycongdoan.knowledge.analysis.QuestionWord;

/**
 * Removes the words that make a sentence a question ("bao nhiêu", "là gì", "mấy", "ai"…) so that
 * only the words a passage can contain are searched. A word typed with diacritics must match them
 * ("máy" is not "mấy"); a word typed without matches any accented form. Everything else is kept as
 * typed.
 */
final class QuestionWords {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Question phrases, normalised, longest first. */
  private static final List<List<PhraseWord>> PHRASES =
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
          "cho em hỏi",
          "cho mình hỏi",
          "tôi muốn hỏi",
          "em muốn hỏi",
          "hỏi");

  /**
   * One-word question phrases whose unaccented form means something else as often ("hoi" is also
   * "hội", "dau" also "đau", "vay" also "vay"): typed without diacritics they are question words
   * only at the end of the question.
   */
  private static final Set<String> AMBIGUOUS_BARE =
      Set.of("hoi", "dau", "vay", "khong", "may", "nao");

  /**
   * Chat words that carry nothing a passage could contain: who is asking, particles, chat spelling
   * ("em", "ạ", "ko", "dzậy"). Typed without diacritics only the forms in {@link #BARE_FILLERS}
   * count, since "toi" is also "tối" (tối đa) and "chi" also "chi" (chi trả).
   */
  private static final List<List<PhraseWord>> FILLERS =
      phrases(
          "mọi người",
          "em",
          "anh",
          "chị",
          "tôi",
          "tui",
          "mình",
          "tớ",
          "bạn",
          "ạ",
          "à",
          "ơi",
          "nhé",
          "nhỉ",
          "vậy",
          "dzậy",
          "zậy",
          "z",
          "hả",
          "hở",
          "ko",
          "k",
          "hông",
          "hok",
          "khum",
          "j",
          "đc",
          "dc",
          "xin",
          "nhờ",
          "ad",
          "ak",
          "ah");

  private static final Set<String> BARE_FILLERS =
      Set.of(
          "em",
          "tui",
          "ko",
          "k",
          "hong",
          "hok",
          "khum",
          "j",
          "dc",
          "dzay",
          "zay",
          "z",
          "nhe",
          "oi",
          "a",
          "ak",
          "ah",
          "ad",
          "moi nguoi");

  private QuestionWords() {}

  /** The question without its question words; the question itself if nothing else would remain. */
  static String strip(String question) {
    return remove(question, PHRASES, null);
  }

  /**
   * The words of a question a passage may contain: without its question words and chat fillers; the
   * question without question words if nothing else would remain.
   */
  static String content(String question) {
    String stripped = strip(question);
    return remove(stripped, FILLERS, BARE_FILLERS);
  }

  /**
   * {@code text} without the phrases; a one-word phrase typed without diacritics is removed only if
   * {@code bareAllowed} holds its fold ({@code null}: if unambiguous, or ambiguous and last).
   */
  private static String remove(
      String text, List<List<PhraseWord>> phrases, Set<String> bareAllowed) {
    String[] words = WHITESPACE.split(text.trim());
    QuestionWord[] typed = new QuestionWord[words.length];
    for (int i = 0; i < words.length; i++) {
      List<QuestionWord> inToken = QuestionWord.split(words[i]);
      typed[i] = inToken.isEmpty() ? null : inToken.get(0);
    }
    List<String> kept = new ArrayList<>(words.length);
    boolean keptWord = false;
    int last = lastWord(typed);
    int i = 0;
    while (i < words.length) {
      int matched = matchAt(typed, i, phrases, bareAllowed, i == last);
      if (matched == 0) {
        kept.add(words[i]);
        keptWord |= typed[i] != null;
        i++;
      } else {
        i += matched;
      }
    }
    return keptWord ? String.join(" ", kept) : text;
  }

  /** The index of the last word that is not only punctuation. */
  private static int lastWord(QuestionWord[] typed) {
    for (int i = typed.length - 1; i >= 0; i--) {
      if (typed[i] != null) {
        return i;
      }
    }
    return -1;
  }

  private static int matchAt(
      QuestionWord[] typed,
      int at,
      List<List<PhraseWord>> phrases,
      Set<String> bareAllowed,
      boolean last) {
    if (typed[at] == null) {
      return 0;
    }
    for (List<PhraseWord> phrase : phrases) {
      if (phrase.size() == 1 && typed[at].bare() && !bareMayMatch(typed[at], bareAllowed, last)) {
        continue;
      }
      if (at + phrase.size() <= typed.length && matches(typed, at, phrase)) {
        return phrase.size();
      }
    }
    return 0;
  }

  private static boolean bareMayMatch(QuestionWord word, Set<String> bareAllowed, boolean last) {
    if (bareAllowed != null) {
      return bareAllowed.contains(word.normalized());
    }
    return last || !AMBIGUOUS_BARE.contains(word.normalized());
  }

  private static boolean matches(QuestionWord[] typed, int at, List<PhraseWord> phrase) {
    for (int j = 0; j < phrase.size(); j++) {
      if (typed[at + j] == null || !typed[at + j].is(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }

  /** The phrases, word by word, longest first. */
  private static List<List<PhraseWord>> phrases(String... phrases) {
    List<List<PhraseWord>> parsed = new ArrayList<>();
    for (String phrase : phrases) {
      parsed.add(PhraseWord.of(phrase));
    }
    parsed.sort((a, b) -> b.size() - a.size());
    return List.copyOf(parsed);
  }
}
