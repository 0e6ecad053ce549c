package vn.trolycongdoan.knowledge.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.trolycongdoan.knowledge.TestCorpus;
import vn.trolycongdoan.knowledge.analysis.VietnameseText;

/**
 * Which evaluation questions have a near twin among the member questions shipped with the corpus
 * ({@code *.questions.tsv}): the same folded words, or nearly (word Jaccard of at least {@link
 * #SIMILAR}). The member questions were written from the documents alone, but writers of natural
 * questions about one clause often land on the same words; the figures over the questions without a
 * twin say what the member layer does for a question it has not been given.
 */
final class MemberQuestionTwins {

  static final double SIMILAR = 0.7;

  private static final List<Set<String>> MEMBER_QUESTIONS = load();

  private MemberQuestionTwins() {}

  /** Whether some member question is a near twin of {@code question}. */
  static boolean hasTwin(String question) {
    Set<String> words = words(question);
    for (Set<String> member : MEMBER_QUESTIONS) {
      Set<String> both = new HashSet<>(words);
      both.retainAll(member);
      Set<String> either = new HashSet<>(words);
      either.addAll(member);
      if (!either.isEmpty() && both.size() >= SIMILAR * either.size()) {
        return true;
      }
    }
    return false;
  }

  /** {@code questions} without those that have a near twin. */
  static List<EvalQuestion> withoutTwins(List<EvalQuestion> questions) {
    return questions.stream().filter(q -> !hasTwin(q.question())).toList();
  }

  private static Set<String> words(String text) {
    return new HashSet<>(
        Arrays.asList(VietnameseText.foldedWords(text).split(" ")).stream()
            .filter(w -> !w.isBlank())
            .toList());
  }

  private static List<Set<String>> load() {
    try (Stream<Path> files = Files.walk(TestCorpus.corpusDir())) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".questions.tsv"))
          .flatMap(MemberQuestionTwins::lines)
          .map(line -> line.split("\t", -1))
          .filter(fields -> fields.length == 3 && !fields[0].equals("article"))
          .map(fields -> words(fields[2]))
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the member questions", e);
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
