package vn.trolycongdoan.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.config.SettingKey;
import vn.trolycongdoan.bot.config.Settings;
import vn.trolycongdoan.bot.config.SettingsLoader;
import vn.trolycongdoan.knowledge.KnowledgeConfig;

class KnowledgeSetupTest {

  @TempDir Path folder;

  @Test
  void without_a_corpus_folder_indexes_the_bundled_corpus_seeded_under_the_data_folder()
      throws IOException {
    Settings settings =
        new SettingsLoader(Map.of()).load(null, Map.of(SettingKey.DATA_DIR, folder.toString()));

    KnowledgeConfig config = KnowledgeSetup.config(settings);

    assertThat(config.corpusDir()).isEqualTo(folder.resolve("corpus"));
    assertThat(config.corpusDir().resolve("plans")).isDirectory();
    assertThat(config.indexDir()).isEqualTo(folder.resolve("index"));
    assertThat(config.minRelevance()).isEqualTo(0.5);
    assertThat(config.paraphrases()).contains("=> nghỉ hằng năm");
  }

  @Test
  void uses_the_configured_paraphrases_file() throws IOException {
    Path settingsFile =
        Files.writeString(
            folder.resolve("settings.properties"),
            "data.dir = " + folder + "\nparaphrases.file = rules.txt\n");
    Files.writeString(folder.resolve("rules.txt"), "tăng ca => làm thêm giờ\n");

    KnowledgeConfig config =
        KnowledgeSetup.config(new SettingsLoader(Map.of()).load(settingsFile, Map.of()));

    assertThat(config.paraphrases()).isEqualTo("tăng ca => làm thêm giờ\n");
  }

  @Test
  void uses_the_configured_corpus_folder_and_synonyms_file() throws IOException {
    Path corpus = Files.createDirectories(folder.resolve("docs"));
    Path settingsFile =
        Files.writeString(
            folder.resolve("settings.properties"),
            "corpus.dir = "
                + corpus
                + "\nsynonyms.file = synonyms.txt\nsearch.min-relevance = 0.5\n");
    Files.writeString(folder.resolve("synonyms.txt"), "BHXH, bảo hiểm xã hội\n");

    KnowledgeConfig config =
        KnowledgeSetup.config(new SettingsLoader(Map.of()).load(settingsFile, Map.of()));

    assertThat(config.corpusDir()).isEqualTo(corpus);
    assertThat(config.synonyms()).isEqualTo("BHXH, bảo hiểm xã hội\n");
    assertThat(config.minRelevance()).isEqualTo(0.5);
    assertThat(folder.resolve("corpus")).doesNotExist();
  }
}
