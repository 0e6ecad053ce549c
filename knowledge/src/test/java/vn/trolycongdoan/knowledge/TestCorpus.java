package vn.trolycongdoan.knowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled corpus, synonyms and paraphrases, as the tests' classpath carries them. */
public final class TestCorpus {

  private TestCorpus() {}

  public static Path corpusDir() throws Exception {
    return Path.of(TestCorpus.class.getResource("/corpus").toURI());
  }

  public static String synonyms() throws Exception {
    return config("synonyms.txt");
  }

  public static String paraphrases() throws Exception {
    return config("paraphrases.txt");
  }

  private static String config(String file) throws Exception {
    return Files.readString(
        Path.of(TestCorpus.class.getResource("/config/" + file).toURI()), StandardCharsets.UTF_8);
  }

  /** A knowledge base over the bundled corpus, indexed into {@code dataDir}. */
  public static KnowledgeBase openIndexed(Path dataDir) throws Exception {
    return openIndexedAt(dataDir.resolve("index"));
  }

  /**
   * A knowledge base over the bundled corpus with the bundled synonyms and paraphrases, indexed
   * into {@code indexDir} (brought up to date if it holds an index already). The system property
   * {@code eval.min}, when set, replaces the default {@code search.min-relevance} (for EvalMain).
   */
  public static KnowledgeBase openIndexedAt(Path indexDir) throws Exception {
    KnowledgeConfig config =
        new KnowledgeConfig(
            corpusDir(),
            indexDir,
            synonyms(),
            paraphrases(),
            Double.parseDouble(
                System.getProperty(
                    "eval.min", String.valueOf(KnowledgeConfig.DEFAULT_MIN_RELEVANCE))));
    KnowledgeBase knowledge = KnowledgeBase.open(config);
    knowledge.refresh(IndexProgress.NONE);
    return knowledge;
  }
}
