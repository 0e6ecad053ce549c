package vn.trolycongdoan.knowledge.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.TestCorpus;
import vn.trolycongdoan.knowledge.answer.AnswerHit;

/**
 * For tuning by hand: {@code EvalMain INDEX_DIR} prints the evaluation of every set and writes the
 * misses; {@code EvalMain INDEX_DIR "question"} prints the results of one question.
 */
public final class EvalMain {

  private EvalMain() {}

  public static void main(String[] args) throws Exception {
    Path indexDir = Path.of(args[0]);
    try (KnowledgeBase knowledge = TestCorpus.openIndexedAt(indexDir)) {
      if (args.length > 1) {
        for (AnswerHit hit : knowledge.ask(args[1], 8).results()) {
          System.out.printf(
              "%.3f %s %s %s%n   %s%n",
              hit.score(), hit.docId(), hit.section(), hit.clause(), hit.answer());
        }
        return;
      }
      for (String typing : List.of("as asked", "no diacritics")) {
        Function<String, String> typed =
            typing.equals("as asked") ? Function.identity() : QuestionSets::stripDiacritics;
        for (String set : List.of("members", "dev")) {
          List<EvalQuestion> questions =
              set.equals("members") ? QuestionSets.members() : QuestionSets.dev();
          Evaluation.Report report = Evaluation.run(knowledge, questions, typed);
          report.print(set + " " + typing);
          report.writeMisses(set + " " + typing);
          for (String split : List.of("tune", "measure")) {
            List<EvalQuestion> part =
                questions.stream().filter(q -> q.split().equals(split)).toList();
            System.out.println(
                "[eval] " + Evaluation.run(knowledge, part, typed).all().line("  " + split));
            System.out.println(
                "[eval] "
                    + Evaluation.run(knowledge, MemberQuestionTwins.withoutTwins(part), typed)
                        .all()
                        .line("  " + split + " without a member twin"));
          }
        }
      }
      long answered =
          QuestionSets.unanswerable().stream().filter(q -> knowledge.ask(q, 5).found()).count();
      System.out.println(
          "[eval] unanswerable answered: "
              + answered
              + " of "
              + QuestionSets.unanswerable().size());
    }
  }
}
