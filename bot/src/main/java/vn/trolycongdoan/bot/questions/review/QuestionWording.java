package vn.trolycongdoan.bot.questions.review;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * What a question is about, as a set of words that compare however it was typed: lower case,
 * without diacritics or punctuation ({@link VietnameseText#fold}), without the words that only make
 * it a question or a polite one ("là gì", "bao nhiêu", "cho em hỏi", "ạ"). In a question typed with
 * diacritics those words are recognised with them, so "bảo hiểm", "thẻ" and "thi đua" stay; in one
 * typed without, only the forms no topic word shares are dropped ("nhieu", "khong", not "bao",
 * "the"). A question of filler words only keeps them all. Pure and thread-safe.
 */
public final class QuestionWording {

  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

  /** Filler words as {@link VietnameseText#normalize} writes them, diacritics kept. */
  private static final Set<String> FILLER =
      Set.of(
          "là", "gì", "nào", "thế", "như", "bao", "nhiêu", "có", "không", "được", "của", "cho",
          "thì", "và", "với", "tôi", "em", "mình", "ạ", "ơi", "nhé", "vậy", "nhỉ", "hả", "về", "ở",
          "hỏi", "xin", "muốn", "biết", "sao", "ai", "đâu", "bạn", "cần", "phải", "những", "các",
          "này", "đó", "khi", "mấy", "gồm");

  /**
   * Filler words as a word without diacritics: those no topic word folds to ("bao" stays: it may be
   * "bảo").
   */
  private static final Set<String> ASCII_FILLER =
      Set.of(
          "la", "gi", "nao", "nhieu", "khong", "duoc", "cua", "va", "voi", "toi", "em", "minh",
          "oi", "nhe", "vay", "nhi", "xin", "muon", "biet", "sao", "ban", "nhung", "cac", "cho",
          "khi", "ai");

  private QuestionWording() {}

  /** The folded words of {@code question} that say what it is about, in order of first use. */
  public static Set<String> words(String question) {
    String normalized = VietnameseText.normalize(question);
    Set<String> filler = VietnameseText.fold(normalized).equals(normalized) ? ASCII_FILLER : FILLER;
    Set<String> all = new LinkedHashSet<>();
    Set<String> topic = new LinkedHashSet<>();
    for (String word : SEPARATORS.split(normalized)) {
      String folded = VietnameseText.fold(word);
      if (folded.isEmpty()) {
        continue;
      }
      all.add(folded);
      if (!filler.contains(word)) {
        topic.add(folded);
      }
    }
    return topic.isEmpty() ? all : topic;
  }

  /**
   * The Jaccard similarity of two word sets: the words they share over the words either has; 1 for
   * two empty sets.
   */
  public static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int shared = 0;
    for (String word : a) {
      if (b.contains(word)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }
}
