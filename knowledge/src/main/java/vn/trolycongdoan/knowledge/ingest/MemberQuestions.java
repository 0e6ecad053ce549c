package vn.trolycongdoan.knowledge.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions written the way members ask them, beside a corpus file, naming the article (and khoản)
 * of the document that answers each: for {@code bo-luat-lao-dong-2019.txt}, the file {@code
 * bo-luat-lao-dong-2019.questions.tsv}. A member's question is matched against them to find the
 * article whose legal wording shares few of its words ("nghỉ ngang" for "đơn phương chấm dứt hợp
 * đồng lao động"). Tab-separated, with the header {@code article, clause, question}; {@code
 * article} as the document numbers it ({@code 35}, {@code 4a}) or, in a document without articles
 * (a plan), the section's label as cited ({@code II › 1 › 1.6}); {@code clause} a khoản number
 * ({@code 2}, {@code 5a}) or empty for the whole article or section. Blank lines and lines starting
 * with {@code #} are skipped.
 */
public final class MemberQuestions {

  static final String SUFFIX = ".questions.tsv";

  private static final String HEADER = "article\tclause\tquestion";
  private static final Pattern CLAUSE = Pattern.compile("(\\d+[a-z]?)?");

  /**
   * One question.
   *
   * @param article the article number, e.g. {@code 35}, or the label of a section outside any
   *     article, e.g. {@code II › 1 › 1.6}
   * @param clause the khoản number, e.g. {@code 1}; empty for the whole article
   */
  public record Question(String article, String clause, String text) {}

  private MemberQuestions() {}

  /** The questions file of {@code file}, if one exists. */
  public static Optional<Path> of(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Path questions = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
    return Files.isRegularFile(questions) ? Optional.of(questions) : Optional.empty();
  }

  /**
   * The questions of {@code content}, the bytes of {@code file}.
   *
   * @throws IOException naming the file and line of the first malformed line
   */
  public static List<Question> parse(Path file, byte[] content) throws IOException {
    List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || questions.isEmpty() && line.equals(HEADER)) {
        continue;
      }
      String[] fields = lines.get(i).split("\t", -1);
      if (fields.length != 3) {
        throw malformed(file, i, "expected 3 tab-separated fields, found " + fields.length);
      }
      String article = fields[0].strip();
      String clause = fields[1].strip();
      String text = fields[2].strip();
      if (article.isEmpty()) {
        throw malformed(file, i, "no article or section");
      }
      if (!CLAUSE.matcher(clause).matches()) {
        throw malformed(file, i, "clause is not a number: " + clause);
      }
      if (text.isEmpty()) {
        throw malformed(file, i, "no question");
      }
      questions.add(new Question(article, clause, text));
    }
    return questions;
  }

  private static IOException malformed(Path file, int index, String problem) {
    return new IOException(file.getFileName() + " line " + (index + 1) + ": " + problem);
  }
}
