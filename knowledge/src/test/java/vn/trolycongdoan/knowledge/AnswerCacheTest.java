package vn.trolycongdoan.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.answer.AskResult;

class AnswerCacheTest {

  private static final String QUESTION = "Tết Sum vầy tặng bao nhiêu suất quà?";

  private static final String NOTICE =
      """
      LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU
      Số: 99/TB-LĐLĐ
      Lai Châu, ngày 05 tháng 01 năm 2025

      THÔNG BÁO
      Về việc tổ chức chương trình Tết Sum vầy năm 2025

      I. NỘI DUNG
      1. Chương trình Tết Sum vầy tặng 500 suất quà cho đoàn viên có hoàn cảnh khó khăn.
      2. Thời gian trao quà trước ngày 20/01/2025.
      """;

  @TempDir Path dir;

  @Test
  void a_repeated_question_gets_the_cached_answer() throws Exception {
    try (KnowledgeBase kb = open(10)) {
      kb.refresh(IndexProgress.NONE);
      AskResult first = kb.ask(QUESTION, 3);
      assertThat(kb.ask(QUESTION, 3)).isSameAs(first);
      assertThat(kb.ask(QUESTION, 1)).isNotSameAs(first);
    }
  }

  @Test
  void a_refresh_that_changed_the_corpus_empties_the_cache() throws Exception {
    try (KnowledgeBase kb = open(10)) {
      kb.refresh(IndexProgress.NONE);
      assertThat(kb.ask(QUESTION, 1).results().get(0).answer()).contains("500 suất");

      Files.writeString(dir.resolve("corpus/tb99.txt"), NOTICE.replace("500 suất", "800 suất"));
      assertThat(kb.refresh(IndexProgress.NONE).updated()).isEqualTo(1);

      assertThat(kb.ask(QUESTION, 1).results().get(0).answer()).contains("800 suất");
    }
  }

  @Test
  void size_zero_never_caches() throws Exception {
    try (KnowledgeBase kb = open(0)) {
      kb.refresh(IndexProgress.NONE);
      AskResult first = kb.ask(QUESTION, 3);
      AskResult again = kb.ask(QUESTION, 3);
      assertThat(again).isNotSameAs(first).isEqualTo(first);
    }
  }

  private KnowledgeBase open(int cacheSize) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("tb99.txt"), NOTICE, StandardCharsets.UTF_8);
    return KnowledgeBase.open(
        new KnowledgeConfig(
            corpus,
            dir.resolve("index"),
            "",
            "",
            KnowledgeConfig.DEFAULT_MIN_RELEVANCE,
            cacheSize));
  }
}
