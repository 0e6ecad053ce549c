package vn.trolycongdoan.knowledge.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Curated rules that rewrite how members say a thing into the words the laws use ("nghỉ phép" →
 * "nghỉ hằng năm", "bố mẹ mất" → "cha đẻ, mẹ đẻ chết").
 *
 * <p>Rules text: one rule a line, {@code member phrase | another member phrase => legal phrase};
 * {@code #} starts a comment; blank lines are ignored. A member phrase matches a run of whole words
 * of a question, case-insensitively and ignoring punctuation around the words. A question word
 * typed with diacritics must carry the same ones as the rule's word ("máy" is not "mấy"); a word
 * typed without any matches every accented form. Where several phrases start at a word, the longest
 * wins; among equally long ones (same words but for their diacritics), the first in the text.
 *
 * <p>A legal phrase found in a question is kept as typed, so a shorter member phrase inside it is
 * not rewritten ("phụ cấp => phụ cấp lương" leaves "phụ cấp lương" alone); so is a member phrase
 * mapped to itself.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Paraphrases {

  private static final Paraphrases NONE = new Paraphrases(Map.of(), 0);

  /** Rules by the folded form of their first word, longest first, then in file order. */
  private final Map<String, List<Rule>> byFirstWord;

  private final int size;

  private Paraphrases(Map<String, List<Rule>> byFirstWord, int size) {
    this.byFirstWord = byFirstWord;
    this.size = size;
  }

  /** Rules that rewrite nothing. */
  public static Paraphrases none() {
    return NONE;
  }

  /**
   * Parses rules text (format in the class comment).
   *
   * @throws IllegalArgumentException naming the line and the problem: no {@code =>}, an empty
   *     member or legal phrase, or a member phrase already given a different legal phrase
   * @throws NullPointerException if {@code rulesText} is null
   */
  public static Paraphrases parse(String rulesText) {
    Objects.requireNonNull(rulesText, "rulesText");
    Map<String, Rule> byPhrase = new LinkedHashMap<>();
    String[] lines = rulesText.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      for (Rule rule : RuleLine.parse(lines[i], i + 1)) {
        Rule earlier = byPhrase.putIfAbsent(rule.key(), rule);
        if (earlier != null && !earlier.legal().equals(rule.legal())) {
          throw new IllegalArgumentException(
              String.format(
                  "line %d: \"%s\" is already rewritten to \"%s\" on line %d",
                  rule.line(), rule.member(), earlier.legal(), earlier.line()));
        }
      }
    }
    int size = byPhrase.size();
    for (Rule rule : List.copyOf(byPhrase.values())) {
      Rule legal = RuleLine.keep(rule.legal(), rule.line());
      byPhrase.putIfAbsent(legal.key(), legal);
    }
    Map<String, List<Rule>> byFirstWord = new HashMap<>();
    for (Rule rule : byPhrase.values()) {
      byFirstWord.computeIfAbsent(rule.words().get(0).folded(), w -> new ArrayList<>()).add(rule);
    }
    Map<String, List<Rule>> sorted = new HashMap<>();
    byFirstWord.forEach(
        (word, rules) -> {
          rules.sort(Comparator.comparingInt((Rule r) -> r.words().size()).reversed());
          sorted.put(word, List.copyOf(rules));
        });
    return new Paraphrases(Map.copyOf(sorted), size);
  }

  /** How many distinct member phrases the rules rewrite. */
  public int size() {
    return size;
  }

  /**
   * Returns {@code question} with each member phrase replaced by its legal phrase, left to right,
   * the longest match first, matches never overlapping; everything else is kept as typed. Empty
   * when the rewrite would not change the question.
   *
   * @throws NullPointerException if {@code question} is null
   */
  public Optional<String> rewrite(String question) {
    Objects.requireNonNull(question, "question");
    if (byFirstWord.isEmpty()) {
      return Optional.empty();
    }
    List<QuestionWord> words = QuestionWord.split(question);
    StringBuilder out = new StringBuilder(question.length() + 32);
    int copied = 0;
    int i = 0;
    while (i < words.size()) {
      Rule rule = match(words, i);
      if (rule == null) {
        i++;
        continue;
      }
      if (!rule.keep()) {
        out.append(question, copied, words.get(i).start()).append(rule.legal());
        copied = words.get(i + rule.words().size() - 1).end();
      }
      i += rule.words().size();
    }
    out.append(question, copied, question.length());
    String rewritten = out.toString();
    return rewritten.equals(question) ? Optional.empty() : Optional.of(rewritten);
  }

  private Rule match(List<QuestionWord> words, int at) {
    List<Rule> candidates = byFirstWord.get(words.get(at).folded());
    if (candidates == null) {
      return null;
    }
    for (Rule rule : candidates) {
      if (rule.matches(words, at)) {
        return rule;
      }
    }
    return null;
  }

  /**
   * One member phrase and the legal phrase it becomes; {@code keep} when the phrase is its legal
   * phrase, kept as typed.
   */
  record Rule(List<PhraseWord> words, String member, String legal, int line) {

    boolean keep() {
      return member.equals(legal);
    }

    String key() {
      StringBuilder key = new StringBuilder();
      for (PhraseWord word : words) {
        key.append(word.normalized()).append(' ');
      }
      return key.toString();
    }

    boolean matches(List<QuestionWord> question, int at) {
      if (at + words.size() > question.size()) {
        return false;
      }
      for (int j = 0; j < words.size(); j++) {
        if (!question.get(at + j).is(words.get(j))) {
          return false;
        }
      }
      return true;
    }
  }
}
