package vn.trolycongdoan.bot.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.config.BundledDefaults;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.KnowledgeConfig;

/** Opens the knowledge base that the settings describe. */
public final class KnowledgeSetup {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeSetup.class);

  private KnowledgeSetup() {}

  /**
   * Opens the index under the data folder; does not index. Seeds the bundled corpus first when none
   * is set.
   */
  public static KnowledgeBase open(Settings settings) throws IOException {
    return KnowledgeBase.open(config(settings));
  }

  /**
   * A knowledge base to ask questions of: the index as last committed, opened read-only so that it
   * works while the server runs; only when there is no index yet (or an empty one) is it opened for
   * writing and built first.
   *
   * @throws vn.trolycongdoan.knowledge.index.IndexInUseException if it has to be built while
   *     another process holds the index
   */
  public static KnowledgeBase openForAsking(Settings settings) throws IOException {
    KnowledgeConfig config = config(settings);
    Optional<KnowledgeBase> committed = KnowledgeBase.openReadOnly(config);
    if (committed.isPresent()) {
      if (!committed.get().documents().isEmpty()) {
        return committed.get();
      }
      committed.get().close();
    }
    KnowledgeBase base = KnowledgeBase.open(config);
    try {
      base.refresh(IndexProgress.NONE);
      return base;
    } catch (IOException | RuntimeException e) {
      base.close();
      throw e;
    }
  }

  /**
   * The knowledge configuration the settings describe, with the bundled corpus seeded when none is
   * set.
   */
  public static KnowledgeConfig config(Settings settings) throws IOException {
    return new KnowledgeConfig(
        corpusDir(settings),
        settings.indexDir(),
        synonyms(settings),
        paraphrases(settings),
        settings.minRelevance(),
        settings.askCacheSize());
  }

  private static Path corpusDir(Settings settings) throws IOException {
    if (settings.corpusDir() != null) {
      return settings.corpusDir();
    }
    BundledCorpus.packed().seedInto(settings.seededCorpusDir());
    return settings.seededCorpusDir();
  }

  private static String synonyms(Settings settings) throws IOException {
    if (settings.synonymsFile() != null) {
      return Files.readString(settings.synonymsFile());
    }
    return BundledDefaults.synonyms()
        .orElseGet(
            () -> {
              log.warn(
                  "No bundled synonyms (defaults/config/synonyms.txt); searching without abbreviations");
              return "";
            });
  }

  private static String paraphrases(Settings settings) throws IOException {
    if (settings.paraphrasesFile() != null) {
      return Files.readString(settings.paraphrasesFile());
    }
    return BundledDefaults.paraphrases()
        .orElseGet(
            () -> {
              log.warn(
                  "No bundled paraphrases (defaults/config/paraphrases.txt); searching the member's words only");
              return "";
            });
  }
}
