package vn.trolycongdoan.bot.documents;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRole;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.KnowledgeConfig;
import vn.trolycongdoan.knowledge.answer.AskResult;
import vn.trolycongdoan.knowledge.ingest.DocumentMetadata;

/**
 * Uploads, edits and removals on a real corpus folder and a real Lucene index, the index refreshed
 * on the caller's thread of the job.
 */
class DocumentChangesTest {

  static final String NOTICE =
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

  private static final StaffMember ADMIN = new StaffMember("Quản trị", StaffRole.ADMIN, null);
  private static final StaffMember CITY = new StaffMember("Anh Minh", StaffRole.STAFF, "TPLC");

  @TempDir Path dir;

  private Path corpus;
  private KnowledgeBase base;
  private DocumentChanges changes;

  @BeforeEach
  void open() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(corpus.resolve("plans"));
    Files.writeString(
        corpus.resolve("plans/ke-hoach.txt"), "KẾ HOẠCH\nTháng Công nhân năm 2026.\n");
    Files.createDirectories(corpus.resolve(".uploads/left-over"));
    Files.writeString(corpus.resolve(".uploads/left-over/x.txt"), "từ lần chạy trước");
    base =
        KnowledgeBase.open(
            new KnowledgeConfig(
                corpus, dir.resolve("index"), "", "", KnowledgeConfig.DEFAULT_MIN_RELEVANCE));
    base.refresh(vn.trolycongdoan.knowledge.IndexProgress.NONE);
    changes = new DocumentChanges(corpus, DocumentLibrary.of(base), base::refresh);
  }

  @AfterEach
  void close() throws Exception {
    changes.close();
    base.close();
  }

  @Test
  void clears_what_a_previous_run_left_staged() {
    assertThat(corpus.resolve(".uploads/left-over")).doesNotExist();
  }

  @Test
  void an_upload_is_searchable_when_its_job_is_done() throws Exception {
    DocumentJob job =
        changes.upload(ADMIN, "Thông báo Tết Sum vầy.TXT", null, NOTICE.getBytes(UTF_8));

    assertThat(job.file()).isEqualTo("thong-bao-tet-sum-vay.txt");
    assertThat(job.documentId()).isEqualTo("plans/thong-bao-tet-sum-vay");
    DocumentJob done = finished(job);
    assertThat(done.state()).isEqualTo(DocumentJob.State.DONE);
    assertThat(done.passages()).isPositive();
    assertThat(done.total()).isEqualTo(2);
    assertThat(corpus.resolve("plans/thong-bao-tet-sum-vay.txt")).hasContent(NOTICE);
    AskResult answer = base.ask("Tết Sum vầy tặng bao nhiêu suất quà?", 1);
    assertThat(answer.results()).isNotEmpty();
    assertThat(answer.results().get(0).docId()).isEqualTo("plans/thong-bao-tet-sum-vay");
    assertThat(answer.results().get(0).answer()).contains("500 suất");
    assertThat(changes.documents())
        .filteredOn(d -> d.summary().id().equals("plans/thong-bao-tet-sum-vay"))
        .singleElement()
        .satisfies(d -> assertThat(d.summary().number()).isEqualTo("99/TB-LĐLĐ"));
  }

  @Test
  void a_broken_docx_fails_in_vietnamese_and_leaves_nothing_in_the_corpus_or_the_index()
      throws Exception {
    byte[] zipHeaderOnly = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0};

    DocumentJob done = finished(changes.upload(ADMIN, "hong.docx", "laws", zipHeaderOnly));

    assertThat(done.state()).isEqualTo(DocumentJob.State.FAILED);
    assertThat(done.message()).startsWith("Không đọc được tệp \"hong.docx\"").contains("Word");
    assertThat(corpus.resolve("laws/hong.docx")).doesNotExist();
    assertThat(corpus.resolve(".uploads")).isEmptyDirectory();
    assertThat(ids()).containsExactly("plans/ke-hoach");
  }

  @Test
  void a_file_without_text_fails_and_is_not_kept() throws Exception {
    DocumentJob done = finished(changes.upload(ADMIN, "trong.md", null, "\n   \n".getBytes(UTF_8)));

    assertThat(done.state()).isEqualTo(DocumentJob.State.FAILED);
    assertThat(done.message()).contains("không có chữ nào");
    assertThat(corpus.resolve("plans/trong.md")).doesNotExist();
  }

  @Test
  void refuses_at_once_what_cannot_be_a_document() {
    assertThatThrownBy(() -> changes.upload(ADMIN, "anh.png", null, new byte[] {1}))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining(".docx, .pdf, .txt hoặc .md")
        .extracting(e -> ((DocumentException) e).reason())
        .isEqualTo(DocumentException.Reason.UNSUPPORTED_TYPE);
    assertThatThrownBy(
            () -> changes.upload(ADMIN, "gia.pdf", null, "không phải PDF".getBytes(UTF_8)))
        .hasMessageContaining("không phải tệp .pdf");
    assertThatThrownBy(() -> changes.upload(ADMIN, "rong.txt", null, new byte[0]))
        .hasMessageContaining("trống");
    assertThatThrownBy(() -> changes.upload(ADMIN, "ke-hoach.md", null, NOTICE.getBytes(UTF_8)))
        .extracting(e -> ((DocumentException) e).reason())
        .isEqualTo(DocumentException.Reason.CONFLICT);
    assertThatThrownBy(() -> changes.upload(ADMIN, "a.txt", "../etc", NOTICE.getBytes(UTF_8)))
        .hasMessageContaining("plans");
    assertThat(changes.jobs()).isEmpty();
  }

  @Test
  void a_staff_account_may_list_but_not_change() {
    assertThat(changes.documents()).hasSize(1);
    for (Runnable change :
        List.<Runnable>of(
            () -> changes.upload(CITY, "a.txt", null, NOTICE.getBytes(UTF_8)),
            () -> changes.edit(CITY, "plans/ke-hoach", DocumentMetadata.EMPTY),
            () -> changes.remove(CITY, "plans/ke-hoach"))) {
      assertThatThrownBy(change::run)
          .isInstanceOf(DocumentException.class)
          .extracting(e -> ((DocumentException) e).reason())
          .isEqualTo(DocumentException.Reason.FORBIDDEN);
    }
    assertThat(corpus.resolve("plans/ke-hoach.txt")).exists();
  }

  @Test
  void an_edit_writes_the_sidecar_literally_and_the_index_shows_it() throws Exception {
    DocumentMetadata metadata =
        new DocumentMetadata(
            "KẾ HOẠCH",
            "15/KH-LĐLĐ",
            "<img src=x onerror=alert(1)>",
            null,
            LocalDate.of(2026, 4, 1),
            "<script>alert(1)</script>",
            null);

    DocumentJob done = finished(changes.edit(ADMIN, "plans/ke-hoach", metadata));

    assertThat(done.state()).isEqualTo(DocumentJob.State.DONE);
    assertThat(corpus.resolve("plans/ke-hoach.meta.yaml")).exists();
    DocumentSummary shown = base.documents().get(0);
    assertThat(shown.title()).isEqualTo("<script>alert(1)</script>");
    assertThat(shown.issuer()).isEqualTo("<img src=x onerror=alert(1)>");
    assertThat(shown.number()).isEqualTo("15/KH-LĐLĐ");
    assertThat(shown.date()).isEqualTo("2026-04-01");
    assertThat(changes.documents().get(0).sidecar()).isTrue();
  }

  @Test
  void a_removal_takes_the_file_its_sidecar_and_member_questions_out_of_the_corpus_and_the_index()
      throws Exception {
    Files.writeString(corpus.resolve("plans/ke-hoach.meta.yaml"), "kind: KẾ HOẠCH\n");
    Files.writeString(corpus.resolve("plans/ke-hoach.questions.tsv"), "1\t\tkế hoạch là gì\n");

    DocumentJob done = finished(changes.remove(ADMIN, "plans/ke-hoach"));

    assertThat(done.state()).isEqualTo(DocumentJob.State.DONE);
    assertThat(corpus.resolve("plans")).isEmptyDirectory();
    assertThat(ids()).isEmpty();
    assertThatThrownBy(() -> changes.remove(ADMIN, "plans/ke-hoach"))
        .extracting(e -> ((DocumentException) e).reason())
        .isEqualTo(DocumentException.Reason.NOT_FOUND);
  }

  private List<String> ids() {
    return base.documents().stream().map(DocumentSummary::id).toList();
  }

  /** Waits for the job's end, as the page polls it. */
  private DocumentJob finished(DocumentJob job) throws InterruptedException {
    DocumentJob now = changes.job(job.id());
    while (!now.state().finished()) {
      Thread.sleep(20);
      now = changes.job(job.id());
    }
    return now;
  }
}
