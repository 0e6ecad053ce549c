package vn.trolycongdoan.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.knowledge.answer.AnswerHit;
import vn.trolycongdoan.knowledge.answer.AskResult;
import vn.trolycongdoan.knowledge.index.IndexInUseException;

class KnowledgeBaseTest {

  private static final String NOTICE =
      """
      LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU
      Số: 99/TB-LĐLĐ
      Lai Châu, ngày 05 tháng 01 năm 2025

      THÔNG BÁO
      Về việc tổ chức chương trình Tết Sum vầy năm 2025

      I. NỘI DUNG
      1. Chương trình Tết Sum vầy tặng 500 suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 1.000.000đ.
      2. Thời gian trao quà trước ngày 20/01/2025.
      """;

  @TempDir Path dir;

  @Test
  void indexes_only_what_changed_and_drops_removed_files() throws Exception {
    Path corpus = corpusWithNotice();
    copyBundled("plans/001_241fc221d9dce001.txt", corpus);
    try (KnowledgeBase kb = open(corpus)) {
      IndexReport first = kb.refresh(IndexProgress.NONE);
      assertThat(first.added()).isEqualTo(2);
      assertThat(first.passages()).isPositive();

      IndexReport again = kb.refresh(IndexProgress.NONE);
      assertThat(again.unchanged()).isEqualTo(2);
      assertThat(again.added() + again.updated() + again.removed()).isZero();

      Files.writeString(corpus.resolve("tb99.txt"), NOTICE.replace("500 suất", "800 suất"));
      Files.delete(corpus.resolve("001_241fc221d9dce001.txt"));
      IndexReport changed = kb.refresh(IndexProgress.NONE);
      assertThat(changed.updated()).isEqualTo(1);
      assertThat(changed.removed()).isEqualTo(1);
      assertThat(kb.documents()).extracting(DocumentSummary::id).containsExactly("tb99");
      assertThat(kb.ask("Tết Sum vầy tặng bao nhiêu suất quà?", 1).results().get(0).answer())
          .contains("800 suất");
    }
  }

  @Test
  void reuses_the_index_across_restarts() throws Exception {
    Path corpus = corpusWithNotice();
    try (KnowledgeBase kb = open(corpus)) {
      kb.refresh(IndexProgress.NONE);
    }
    try (KnowledgeBase kb = open(corpus)) {
      assertThat(kb.ask("Tết Sum vầy", 3).found()).isTrue();
      assertThat(kb.refresh(IndexProgress.NONE).unchanged()).isEqualTo(1);
    }
  }

  @Test
  void answers_with_citation_and_marked_words() throws Exception {
    Path corpus = corpusWithNotice();
    try (KnowledgeBase kb = open(corpus)) {
      kb.refresh(IndexProgress.NONE);
      AnswerHit hit = kb.ask("mỗi suất quà Tết Sum vầy trị giá bao nhiêu", 5).results().get(0);
      assertThat(hit.number()).isEqualTo("99/TB-LĐLĐ");
      assertThat(hit.date()).isEqualTo("2025-01-05");
      assertThat(hit.section()).isEqualTo("I › 1");
      assertThat(hit.answer()).contains("1.000.000đ");
      List<String> marked = new ArrayList<>();
      hit.highlights().forEach(s -> marked.add(hit.answer().substring(s.start(), s.end())));
      assertThat(marked).anySatisfy(m -> assertThat(m).containsIgnoringCase("Tết Sum vầy"));
    }
  }

  @Test
  void finds_document_numbers_dates_and_amounts_as_typed() throws Exception {
    Path corpus = corpusWithNotice();
    copyBundled("plans/001_241fc221d9dce001.txt", corpus);
    copyBundled("plans/002_65b92219c50e8836.txt", corpus);
    try (KnowledgeBase kb = open(corpus)) {
      kb.refresh(IndexProgress.NONE);
      assertThat(first(kb, "43-NQ/TW").docId()).isEqualTo("002_65b92219c50e8836");
      assertThat(first(kb, "38/KH-LĐLĐ").docId()).isEqualTo("001_241fc221d9dce001");
      assertThat(first(kb, "38/kh-ldld").docId()).isEqualTo("001_241fc221d9dce001");
      assertThat(first(kb, "20/6").text()).contains("20/6");
      assertThat(first(kb, "18.000đ").text()).contains("18.000đ");
      assertThat(first(kb, "18000đ").text()).contains("18.000đ");
      assertThat(first(kb, "70.000đ/người/năm").text()).contains("70.000đ/người/năm");
    }
  }

  @Test
  void answers_who_signed_and_when_from_the_signature_and_date_lines() throws Exception {
    Path corpus = emptyCorpus();
    copyBundled("plans/001_241fc221d9dce001.txt", corpus);
    copyBundled("plans/002_65b92219c50e8836.txt", corpus);
    try (KnowledgeBase kb = open(corpus)) {
      kb.refresh(IndexProgress.NONE);
      AnswerHit signer = first(kb, "Kế hoạch 47/KH-LĐLĐ do ai ký?");
      assertThat(signer.number()).isEqualTo("47/KH-LĐLĐ");
      assertThat(signer.answer()).contains("Hoàng Văn Trinh");
      AnswerHit date = first(kb, "Kế hoạch 38/KH-LĐLĐ ban hành ngày nào?");
      assertThat(date.answer()).contains("Lai Châu, ngày 23 tháng 02 năm 2024");
    }
  }

  @Test
  void says_not_found_rather_than_returning_a_random_passage() throws Exception {
    Path corpus = corpusWithNotice();
    try (KnowledgeBase kb = open(corpus)) {
      kb.refresh(IndexProgress.NONE);
      AskResult result = kb.ask("Giá vàng hôm nay bao nhiêu?", 5);
      assertThat(result.results()).isEmpty();
      assertThat(result.suggestion()).isEqualTo(KnowledgeBase.NOT_FOUND_SUGGESTION);
    }
  }

  @Test
  void serves_searches_while_rebuilding() throws Exception {
    Path corpus = corpusWithNotice();
    copyBundled("laws/bo-luat-lao-dong-2019.txt", corpus);
    try (KnowledgeBase kb = open(corpus)) {
      kb.refresh(IndexProgress.NONE);
      AtomicBoolean alwaysFound = new AtomicBoolean(true);
      IndexProgress askWhileIndexing =
          (done, total, file) -> alwaysFound.compareAndSet(true, kb.ask("Tết Sum vầy", 1).found());
      kb.rebuild(askWhileIndexing);
      assertThat(alwaysFound).isTrue();
      assertThat(kb.ask("Tết Sum vầy", 1).found()).isTrue();
    }
  }

  @Test
  void refuses_a_second_writer_on_the_same_index() throws Exception {
    Path corpus = emptyCorpus();
    try (KnowledgeBase kb = open(corpus)) {
      assertThatThrownBy(() -> open(corpus)).isInstanceOf(IndexInUseException.class);
    }
  }

  @Test
  void a_read_only_base_answers_beside_the_writer_from_its_last_commit() throws Exception {
    Path corpus = corpusWithNotice();
    KnowledgeConfig config =
        new KnowledgeConfig(
            corpus,
            dir.resolve("index"),
            TestCorpus.synonyms(),
            TestCorpus.paraphrases(),
            KnowledgeConfig.DEFAULT_MIN_RELEVANCE);
    assertThat(KnowledgeBase.openReadOnly(config)).isEmpty();
    try (KnowledgeBase writer = KnowledgeBase.open(config)) {
      writer.refresh(IndexProgress.NONE);

      try (KnowledgeBase reader = KnowledgeBase.openReadOnly(config).orElseThrow()) {
        assertThat(reader.ask("Tết Sum vầy tặng bao nhiêu suất quà?", 1).results().get(0).answer())
            .contains("500 suất");
        assertThat(reader.documents()).extracting(DocumentSummary::id).containsExactly("tb99");
        assertThatThrownBy(() -> reader.refresh(IndexProgress.NONE))
            .isInstanceOf(IllegalStateException.class);
      }
    }
  }

  @Test
  void a_question_is_measured_in_code_points_so_an_emoji_counts_once() throws Exception {
    Path corpus = corpusWithNotice();
    try (KnowledgeBase kb = open(corpus)) {
      kb.refresh(IndexProgress.NONE);
      String emoji = "😀";

      assertThat(KnowledgeBase.length(emoji.repeat(3))).isEqualTo(3);
      assertThat(kb.ask(emoji.repeat(KnowledgeBase.MAX_QUESTION_LENGTH), 1).results()).isEmpty();
      assertThatThrownBy(() -> kb.ask(emoji.repeat(KnowledgeBase.MAX_QUESTION_LENGTH + 1), 1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void answers_member_words_through_the_paraphrase_rules() throws Exception {
    Path corpus = emptyCorpus();
    Files.writeString(
        corpus.resolve("law.txt"),
        "LUẬT MẪU\n\nĐiều 1. Làm thêm giờ\n"
            + "Người lao động làm thêm giờ vào ngày thường được trả lương ít nhất bằng 150%.\n"
            + "Điều 2. Nghỉ lễ\nNgười lao động được nghỉ làm việc vào ngày Tết Dương lịch.\n",
        StandardCharsets.UTF_8);
    try (KnowledgeBase kb = open(corpus)) {
      kb.refresh(IndexProgress.NONE);

      assertThat(first(kb, "tăng ca ngày thường được trả bao nhiêu").answer()).contains("150%");
    }
  }

  @Test
  void refuses_malformed_paraphrase_rules_naming_the_line_before_taking_the_index()
      throws Exception {
    Path corpus = emptyCorpus();
    KnowledgeConfig broken =
        new KnowledgeConfig(
            corpus,
            dir.resolve("index"),
            "",
            "tăng ca => làm thêm giờ\nnghỉ phép = nghỉ hằng năm\n",
            KnowledgeConfig.DEFAULT_MIN_RELEVANCE);

    assertThatThrownBy(() -> KnowledgeBase.open(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2: ");
    open(corpus).close();
  }

  @Test
  void rejects_blank_questions_and_bad_k() throws Exception {
    try (KnowledgeBase kb = open(emptyCorpus())) {
      assertThatThrownBy(() -> kb.ask("  ", 5)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> kb.ask("x".repeat(501), 5))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> kb.ask("thỏa ước", 0)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void outlines_a_law_by_article() throws Exception {
    Path corpus = emptyCorpus();
    copyBundled("laws/bo-luat-lao-dong-2019.txt", corpus);
    try (KnowledgeBase kb = open(corpus)) {
      kb.refresh(IndexProgress.NONE);
      DocumentOutline outline = kb.document("bo-luat-lao-dong-2019").orElseThrow();
      assertThat(outline.document().number()).isEqualTo("45/2019/QH14");
      assertThat(outline.sections())
          .anySatisfy(
              s -> {
                assertThat(s.section()).endsWith("Điều 113");
                assertThat(s.text()).contains("12 ngày làm việc");
              });
      assertThat(kb.document("khong-co")).isEmpty();
    }
  }

  private Path emptyCorpus() throws Exception {
    return Files.createDirectories(dir.resolve("corpus"));
  }

  @Test
  void inspects_a_file_as_indexing_would_without_indexing_it() throws Exception {
    Path notice = corpusWithNotice().resolve("tb99.txt");
    Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\n");
    Path broken = Files.write(dir.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});

    DocumentSummary read = KnowledgeBase.inspect(notice);

    assertThat(read.id()).isEqualTo("tb99");
    assertThat(read.number()).isEqualTo("99/TB-LĐLĐ");
    assertThat(read.kind()).isEqualTo("THÔNG BÁO");
    assertThat(read.passages()).isPositive();
    assertThat(KnowledgeBase.inspect(blank).passages()).isZero();
    assertThatThrownBy(() -> KnowledgeBase.inspect(broken))
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("broken.docx");
    assertThat(dir.resolve("index")).doesNotExist();
  }

  private Path corpusWithNotice() throws Exception {
    Path corpus = emptyCorpus();
    Files.writeString(corpus.resolve("tb99.txt"), NOTICE, StandardCharsets.UTF_8);
    return corpus;
  }

  private KnowledgeBase open(Path corpus) throws Exception {
    return KnowledgeBase.open(
        new KnowledgeConfig(
            corpus,
            dir.resolve("index"),
            TestCorpus.synonyms(),
            TestCorpus.paraphrases(),
            KnowledgeConfig.DEFAULT_MIN_RELEVANCE));
  }

  private static AnswerHit first(KnowledgeBase kb, String question) {
    AskResult result = kb.ask(question, 1);
    assertThat(result.results()).as("results for %s", question).isNotEmpty();
    return result.results().get(0);
  }

  private static void copyBundled(String file, Path corpus) throws Exception {
    Path source = TestCorpus.corpusDir().resolve(file);
    Files.copy(source, corpus.resolve(source.getFileName()));
  }
}
