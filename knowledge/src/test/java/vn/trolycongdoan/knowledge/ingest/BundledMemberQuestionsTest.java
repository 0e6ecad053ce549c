package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The member questions shipped with the bundled documents name articles and khoản the laws have and
 * sections the plans have.
 */
class BundledMemberQuestionsTest {

  private static final Pattern ARTICLE = Pattern.compile("Điều (\\d+[a-z]?)$");
  private static final Pattern KHOAN = Pattern.compile("^\\d+");

  @Test
  void every_bundled_law_has_member_questions_naming_its_own_articles_and_khoan()
      throws IOException {
    List<Path> laws = documents("laws");
    assertThat(laws).hasSizeGreaterThanOrEqualTo(10);
    for (Path law : laws) {
      SourceDocument doc = new DocumentParser().parse(Corpus.root(), law);
      assertThat(doc.questions())
          .as("member questions of %s", law.getFileName())
          .hasSizeGreaterThan(50);
      Map<String, Set<String>> khoanByArticle = khoanByArticle(doc);
      for (MemberQuestions.Question question : doc.questions()) {
        assertThat(khoanByArticle)
            .as("%s: Điều %s of \"%s\"", law.getFileName(), question.article(), question.text())
            .containsKey(question.article());
        if (!question.clause().isEmpty()) {
          assertThat(khoanByArticle.get(question.article()))
              .as(
                  "%s: khoản %s of Điều %s of \"%s\"",
                  law.getFileName(), question.clause(), question.article(), question.text())
              .contains(khoan(question.clause()));
        }
      }
    }
  }

  @Test
  void every_bundled_plan_has_member_questions_naming_its_own_sections() throws IOException {
    List<Path> plans = documents("plans");
    assertThat(plans).hasSizeGreaterThanOrEqualTo(5);
    for (Path plan : plans) {
      SourceDocument doc = new DocumentParser().parse(Corpus.root(), plan);
      assertThat(doc.questions())
          .as("member questions of %s", plan.getFileName())
          .hasSizeGreaterThan(20);
      Set<String> sections = new HashSet<>();
      doc.passages().forEach(passage -> sections.add(passage.section()));
      for (MemberQuestions.Question question : doc.questions()) {
        assertThat(sections)
            .as("%s: section %s of \"%s\"", plan.getFileName(), question.article(), question.text())
            .contains(question.article());
        assertThat(question.clause()).isEmpty();
      }
    }
  }

  private static List<Path> documents(String folder) throws IOException {
    try (Stream<Path> files = Files.list(Corpus.root().resolve(folder))) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Map<String, Set<String>> khoanByArticle(SourceDocument doc) {
    Map<String, Set<String>> khoan = new HashMap<>();
    for (Passage passage : doc.passages()) {
      Matcher article = ARTICLE.matcher(passage.section());
      if (article.find()) {
        Set<String> numbers = khoan.computeIfAbsent(article.group(1), a -> new HashSet<>());
        if (!passage.clause().isEmpty()) {
          numbers.add(khoan(passage.clause()));
        }
      }
    }
    return khoan;
  }

  private static String khoan(String clause) {
    Matcher number = KHOAN.matcher(clause);
    return number.find() ? number.group() : clause;
  }
}
