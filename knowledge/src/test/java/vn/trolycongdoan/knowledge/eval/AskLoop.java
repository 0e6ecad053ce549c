package vn.trolycongdoan.knowledge.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntToLongFunction;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.KnowledgeConfig;
import vn.trolycongdoan.knowledge.TestCorpus;

/**
 * For measuring what one ask costs: the bundled corpus indexed into a folder, answer cache off,
 * asking a list of questions in turn. {@link #applyAsLong} asks the next {@code n} and returns the
 * asking thread's CPU time in nanoseconds. An {@link IntToLongFunction}, so that a driver can load
 * two builds in class loaders of their own and alternate them in one JVM; {@code AskLoop INDEX_DIR
 * QUESTIONS_FILE [ROUNDS]} runs one build alone and prints CPU µs per ask for each round of 1,000
 * after 6,000 to warm up.
 */
public final class AskLoop implements IntToLongFunction {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final KnowledgeBase knowledge;
  private final List<String> questions;
  private int next;

  public AskLoop(Path indexDir, Path questionsFile) throws Exception {
    KnowledgeConfig config =
        new KnowledgeConfig(
            TestCorpus.corpusDir(),
            indexDir,
            TestCorpus.synonyms(),
            TestCorpus.paraphrases(),
            KnowledgeConfig.DEFAULT_MIN_RELEVANCE,
            0);
    this.knowledge = KnowledgeBase.open(config);
    knowledge.refresh(IndexProgress.NONE);
    this.questions =
        Files.readAllLines(questionsFile, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank())
            .toList();
  }

  @Override
  public long applyAsLong(int n) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < n; i++) {
      knowledge.ask(questions.get(next), 5);
      next = (next + 1) % questions.size();
    }
    return THREADS.getCurrentThreadCpuTime() - cpu;
  }

  public static void main(String[] args) throws Exception {
    AskLoop loop = new AskLoop(Path.of(args[0]), Path.of(args[1]));
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    loop.applyAsLong(6_000);
    for (int round = 0; round < rounds; round++) {
      System.out.printf("CPU %.0f µs per ask%n", loop.applyAsLong(1_000) / 1e6);
    }
  }
}
