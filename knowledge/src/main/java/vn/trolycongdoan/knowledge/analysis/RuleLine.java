package vn.trolycongdoan.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;

/** Parses one line of paraphrase rules: {@code member | member => legal}, {@code #} comments. */
final class RuleLine {

  private static final String ARROW = "=>";

  private RuleLine() {}

  /**
   * The rules of one line, none for a blank or comment line.
   *
   * @throws IllegalArgumentException naming {@code line} and what is wrong
   */
  static List<Paraphrases.Rule> parse(String text, int line) {
    int comment = text.indexOf('#');
    String content = (comment < 0 ? text : text.substring(0, comment)).strip();
    if (content.isEmpty()) {
      return List.of();
    }
    int arrow = content.indexOf(ARROW);
    if (arrow < 0) {
      throw error(line, "no \"=>\" between member phrases and the legal phrase: " + content);
    }
    String legal = content.substring(arrow + ARROW.length()).strip();
    if (legal.contains(ARROW) || legal.contains("|")) {
      throw error(line, "one legal phrase after \"=>\", without \"=>\" or \"|\": " + legal);
    }
    if (QuestionWord.split(legal).isEmpty()) {
      throw error(line, "empty legal phrase");
    }
    List<Paraphrases.Rule> rules = new ArrayList<>();
    for (String member : content.substring(0, arrow).split("\\|", -1)) {
      List<PhraseWord> words = PhraseWord.of(member);
      if (words.isEmpty()) {
        throw error(line, "empty member phrase");
      }
      Paraphrases.Rule rule = new Paraphrases.Rule(words, member.strip(), legal, line);
      rules.add(rule.key().equals(keep(legal, line).key()) ? keep(legal, line) : rule);
    }
    return rules;
  }

  /** The rule that keeps {@code phrase} as typed. */
  static Paraphrases.Rule keep(String phrase, int line) {
    return new Paraphrases.Rule(PhraseWord.of(phrase), phrase, phrase, line);
  }

  private static IllegalArgumentException error(int line, String problem) {
    return new IllegalArgumentException("line " + line + ": " + problem);
  }
}
