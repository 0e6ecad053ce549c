package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps config/paraphrases.txt honest: many rules, and legal phrases in the laws' own words. */
class ShippedParaphrasesTest {

  private static final Path RULES = Path.of("../config/paraphrases.txt");
  private static final Path LAWS = Path.of("../corpus/laws");
  private static final Path SYNONYMS = Path.of("../config/synonyms.txt");

  @Test
  void the_shipped_rules_parse_and_hold_at_least_300_member_phrases() throws IOException {
    assertThat(Paraphrases.parse(Files.readString(RULES)).size()).isGreaterThanOrEqualTo(300);
  }

  @Test
  void every_word_of_every_legal_phrase_occurs_in_the_bundled_laws() throws IOException {
    Set<String> lawWords = foldedWords(lawsText());

    for (String legal : legalPhrases()) {
      assertThat(foldedWords(legal)).as("words of \"%s\"", legal).isSubsetOf(lawWords);
    }
  }

  @Test
  void no_legal_phrase_is_rewritten_again() throws IOException {
    Paraphrases rules = Paraphrases.parse(Files.readString(RULES));

    for (String legal : legalPhrases()) {
      assertThat(rules.rewrite(legal)).as("rewrite of \"%s\"", legal).isEmpty();
    }
  }

  @Test
  void no_member_phrase_is_one_of_the_abbreviations_of_the_synonyms_file() throws IOException {
    Set<String> abbreviations = new HashSet<>();
    for (String line : Files.readAllLines(SYNONYMS)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        Arrays.stream(line.split(","))
            .map(String::strip)
            .filter(term -> !term.contains(" "))
            .map(VietnameseText::fold)
            .forEach(abbreviations::add);
      }
    }

    for (String line : ruleLines()) {
      for (String member : line.substring(0, line.indexOf("=>")).split("\\|")) {
        assertThat(abbreviations)
            .as("member phrase \"%s\"", member.strip())
            .doesNotContain(VietnameseText.fold(member.strip()));
      }
    }
  }

  private static List<String> legalPhrases() throws IOException {
    return ruleLines().stream()
        .map(line -> line.substring(line.indexOf("=>") + 2).strip())
        .toList();
  }

  private static List<String> ruleLines() throws IOException {
    return Files.readAllLines(RULES).stream()
        .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
        .filter(line -> !line.isBlank())
        .toList();
  }

  private static String lawsText() throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(LAWS)) {
      for (Path file : files.sorted().toList()) {
        text.append(Files.readString(file)).append('\n');
      }
    }
    return text.toString();
  }

  private static Set<String> foldedWords(String text) {
    Set<String> words = new HashSet<>();
    for (QuestionWord word : QuestionWord.split(text)) {
      words.add(word.folded());
    }
    return words;
  }
}
