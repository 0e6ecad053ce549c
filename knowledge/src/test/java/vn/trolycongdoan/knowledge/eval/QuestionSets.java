package vn.trolycongdoan.knowledge.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The evaluation sets in the test resources under {@code /eval}. */
public final class QuestionSets {

  /** The dev set's document codes, as the documents' ids or id prefixes. */
  private static final Map<String, String> DEV_DOCS =
      Map.of(
          "law", "laws/",
          "vieclam", "laws/luat-viec-lam-2025",
          "congdoan", "laws/luat-cong-doan-2024",
          "luong", "laws/nghi-dinh-293-2025-nd-cp",
          "nd145", "laws/nghi-dinh-145-2020-nd-cp",
          "atvsld", "laws/luat-an-toan-ve-sinh-lao-dong-2015",
          "bhyt", "laws/luat-bao-hiem-y-te-vbhn-2026",
          "dan-chu", "laws/luat-thuc-hien-dan-chu-o-co-so-2022");

  private QuestionSets() {}

  /**
   * The member questions written for this project ({@code /eval/members/*.tsv}: id, doc, article,
   * split, question, expect).
   */
  public static List<EvalQuestion> members() {
    List<EvalQuestion> questions = new ArrayList<>();
    try (Stream<Path> files = Files.list(resource("/eval/members"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
        for (String row : rows(file)) {
          String[] c = row.split("\t", -1);
          boolean plan = Character.isDigit(c[1].charAt(0));
          String docIds = plan ? "plans/" + c[1] : "laws/" + c[1];
          questions.add(
              new EvalQuestion(c[0], plan ? "plans" : c[1], docIds, c[2], c[3], c[4], c[5]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return questions;
  }

  /** The shared dev questions ({@code /eval/dev-questions.tsv}: id, doc, question, expect). */
  public static List<EvalQuestion> dev() {
    List<EvalQuestion> questions = new ArrayList<>();
    for (String row : rows(resource("/eval/dev-questions.tsv"))) {
      String[] c = row.split("\t", -1);
      boolean plan = Character.isDigit(c[1].charAt(0));
      String docIds = plan ? "plans/" + c[1] + "_" : DEV_DOCS.get(c[1]);
      String group = plan ? "plans" : docIds.equals("laws/") ? "laws" : docIds.substring(5);
      questions.add(new EvalQuestion(c[0], group, docIds, "", "measure", c[2], c[3]));
    }
    return questions;
  }

  /** Questions the documents do not answer ({@code split<TAB>question}). */
  public static List<String> unanswerable() {
    return unanswerable("");
  }

  /** The questions the documents do not answer of one split; all for an empty split. */
  public static List<String> unanswerable(String split) {
    return rows(resource("/eval/unanswerable-questions.txt")).stream()
        .filter(row -> split.isEmpty() || row.startsWith(split + "\t"))
        .map(row -> row.substring(row.indexOf('\t') + 1))
        .toList();
  }

  public static String stripDiacritics(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.replace('đ', 'd').replace('Đ', 'D');
  }

  /** The data rows: no header, no blank or {@code #} lines. */
  private static List<String> rows(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("id\t"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(QuestionSets.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
