package vn.trolycongdoan.knowledge.eval;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.TestCorpus;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.answer.AskResult;

/**
 * For checking that a speed change leaves the answers alone: {@code AskDump INDEX_DIR OUT
 * [QUESTIONS_FILE…]} asks every question of the member, dev and unanswerable sets (and of the files
 * named, one a line), as asked and without diacritics, and writes every hit (rank, score, passage,
 * answer, highlights) and suggestion to {@code OUT}. Two dumps that differ in no byte mean the same
 * results.
 */
public final class AskDump {

  private AskDump() {}

  public static void main(String[] args) throws Exception {
    List<String> questions = new ArrayList<>();
    QuestionSets.members().forEach(q -> questions.add(q.question()));
    QuestionSets.dev().forEach(q -> questions.add(q.question()));
    questions.addAll(QuestionSets.unanswerable());
    for (int i = 2; i < args.length; i++) {
      Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank())
          .forEach(questions::add);
    }
    try (KnowledgeBase knowledge = TestCorpus.openIndexedAt(Path.of(args[0]));
        PrintWriter out =
            new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      for (String question : questions) {
        write(out, knowledge.ask(question, 8));
        write(out, knowledge.ask(QuestionSets.stripDiacritics(question), 8));
      }
    }
  }

  private static void write(PrintWriter out, AskResult result) {
    out.println("Q " + result.query());
    int rank = 1;
    for (AnswerHit hit : result.results()) {
      out.printf(
          Locale.ROOT,
          "%d %s %s | %s | %s | %s%n  %s%n  %s%n  %s%n",
          rank++,
          Double.toString(hit.score()),
          hit.docId(),
          hit.section(),
          hit.clause(),
          hit.heading(),
          hit.text(),
          hit.answer(),
          hit.highlights());
    }
    out.println("S " + result.suggestion());
  }
}
