package vn.trolycongdoan.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
  private static final List<Phrase> FILLERS =
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

  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}“”‘’…]+");

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
  private static String remove(String text, List<Phrase> phrases, Set<String> bareAllowed) {
    String[] words = text.trim().split("\\s+");
    Typed[] typed = new Typed[words.length];
    for (int i = 0; i < words.length; i++) {
      typed[i] = Typed.of(words[i]);
    }
    List<String> kept = new ArrayList<>(words.length);
    int last = lastWord(typed);
    int i = 0;
    while (i < words.length) {
      int matched = matchAt(typed, i, phrases, bareAllowed, i == last);
      if (matched == 0) {
        kept.add(words[i]);
        i++;
      } else {
        i += matched;
      }
    }
    return kept.isEmpty() ? text : String.join(" ", kept);
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

  /** The index of the last word that is not only punctuation. */
  private static int lastWord(Typed[] typed) {
    for (int i = typed.length - 1; i >= 0; i--) {
      if (!typed[i].normalized().isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static int matchAt(
      Typed[] typed, int at, List<Phrase> phrases, Set<String> bareAllowed, boolean last) {
    for (Phrase phrase : phrases) {
      if (phrase.words().size() == 1
          && typed[at].bare()
          && !bareMayMatch(typed[at], bareAllowed, last)) {
        continue;
      }
      if (at + phrase.words().size() <= typed.length && matches(typed, at, phrase)) {
        return phrase.words().size();
      }
    }
    return 0;
  }

  private static boolean bareMayMatch(Typed word, Set<String> bareAllowed, boolean last) {
    if (bareAllowed != null) {
      return bareAllowed.contains(word.normalized());
    }
    return last || !AMBIGUOUS_BARE.contains(word.normalized());
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
